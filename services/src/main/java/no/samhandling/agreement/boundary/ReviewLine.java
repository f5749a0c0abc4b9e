package no.samhandling.agreement.boundary;

import java.time.LocalDate;

/** R-AGR-6: one year's review of the agreement, overdue when its day passed without it being held. */
public record ReviewLine(long id, long version, int year, LocalDate plannedOn, LocalDate heldOn, String summary,
                         boolean overdue) implements java.io.Serializable {
}
