package no.samhandling.agreement.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCycleTest {

    @Test
    @DisplayName("R-AGR-6: a year after the last review held, the next is overdue until one is held")
    void R_AGR_6_a_year_after_the_last_review_held_the_next_is_overdue_until_one_is_held() {
        ReviewCycle cycle = ReviewCycle.of(Arrays.asList(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 9, 12), null));

        assertThat(cycle.dueOn()).contains(LocalDate.of(2025, 9, 12));
        assertThat(cycle.isOverdueOn(LocalDate.of(2025, 9, 12))).as("on the day it is due").isFalse();
        assertThat(cycle.isOverdueOn(LocalDate.of(2025, 9, 13))).as("the day after").isTrue();
        assertThat(cycle.isOverdueOn(LocalDate.of(2026, 12, 3))).as("still, with none held since").isTrue();
        assertThat(ReviewCycle.of(List.of(LocalDate.of(2024, 9, 12), LocalDate.of(2026, 3, 2))).isOverdueOn(
                LocalDate.of(2026, 12, 3))).as("one held since").isFalse();
    }

    @Test
    @DisplayName("R-AGR-6: before any review was held nothing is due yet")
    void R_AGR_6_before_any_review_was_held_nothing_is_due_yet() {
        ReviewCycle none = ReviewCycle.of(Arrays.asList((LocalDate) null));
        assertThat(none.dueOn()).isEmpty();
        assertThat(none.isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }
}
