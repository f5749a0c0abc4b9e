package no.samhandling.meeting.boundary;

import java.time.LocalDate;

/** A body that has not met (nor been called) in a period it must meet in (R-BODY-1, R-BODY-2). */
public record CadenceGap(String bodyCode, String bodyNameNb, String bodyNameEn, int year, int quarter, LocalDate from,
                         LocalDate to, long bodyId) implements java.io.Serializable {
}
