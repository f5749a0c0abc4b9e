package no.samhandling.agreement.boundary;

import java.time.LocalDate;

/**
 * R-AGR-6: the yearly review's cycle today: the last review held, the day the next is due (a year later; none before
 * any was held), whether that day has passed with none held since, whether one is planned by then, and whether the
 * current calendar year has no review planned.
 */
public record ReviewDue(LocalDate lastHeldOn, LocalDate dueOn, boolean overdue, boolean plannedInTime,
                        boolean missingThisYear) implements java.io.Serializable {
}
