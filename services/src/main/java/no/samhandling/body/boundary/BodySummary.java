package no.samhandling.body.boundary;

import no.samhandling.body.entity.BodyKind;

import java.time.LocalDate;

/** A body as lists show it; {@code current} when valid today (R-BODY-8 keeps the older ones in history). */
public record BodySummary(long id, long version, String code, String nameNb, String nameEn, BodyKind kind, int level,
                          LocalDate validFrom, LocalDate validTo, boolean current, String mandateText,
                          LocalDate mandateDate, boolean userRepresentation) implements java.io.Serializable {
}
