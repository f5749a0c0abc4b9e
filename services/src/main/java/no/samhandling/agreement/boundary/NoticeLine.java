package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.NoticeKind;

import java.time.LocalDate;

/** R-AGR-7 / R-AGR-8: a party's notice and the day it takes effect. */
public record NoticeLine(long id, long partnerId, String partner, NoticeKind kind, LocalDate receivedOn,
                         LocalDate effectiveOn, String reason) implements java.io.Serializable {
}
