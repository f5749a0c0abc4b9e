package no.samhandling.agreement.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * R-AGR-6: the parties review the agreement every year (§8). The next review is due a year after the last one held —
 * the day, not the calendar year: held on 12.09.2024, the next is due by 12.09.2025 and overdue from the day after until
 * one is held. Before any review was held the cycle has no due day (the plan for the current year is asked for instead).
 */
public record ReviewCycle(LocalDate lastHeldOn) implements java.io.Serializable {

    /** The cycle of the reviews held so far (days; null entries are reviews planned but not held). */
    public static ReviewCycle of(Collection<LocalDate> heldOn) {
        return new ReviewCycle(heldOn.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null));
    }

    /** The day by which the next review must be held. */
    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(lastHeldOn).map(held -> held.plusYears(1));
    }

    /** The next review was due before this day and none has been held since the last. */
    public boolean isOverdueOn(LocalDate today) {
        return dueOn().map(today::isAfter).orElse(false);
    }
}
