package no.samhandling.publication.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsletterTest {

    @Test
    @DisplayName("R-PUB-1: a newsletter is numbered 1 to 3 and dated in its own year")
    void R_PUB_1_numbered_one_to_three_and_dated_in_its_year() {
        Newsletter first = new Newsletter(null, 2026, 1, "Nyhetsbrev 1", LocalDate.of(2026, 2, 1), null, null);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThatThrownBy(() -> new Newsletter(null, 2026, 4, "Nyhetsbrev 4", LocalDate.of(2026, 11, 1), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
        assertThatThrownBy(() -> new Newsletter(null, 2026, 2, "Nyhetsbrev 2", LocalDate.of(2025, 12, 31), null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("plannedOn"));
        assertThatThrownBy(() -> first.publish(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("publishedOn"));
    }

    @Test
    void the_thirds_of_the_year() {
        assertThat(Newsletter.thirdOf(LocalDate.of(2026, 4, 30))).isEqualTo(1);
        assertThat(Newsletter.thirdOf(LocalDate.of(2026, 5, 1))).isEqualTo(2);
        assertThat(Newsletter.thirdOf(LocalDate.of(2026, 9, 1))).isEqualTo(3);
    }
}
