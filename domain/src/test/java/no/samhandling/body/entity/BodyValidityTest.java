package no.samhandling.body.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyValidityTest {

    @Test
    @DisplayName("R-BODY-8: an older body stays in history and takes no new terms after its end")
    void R_BODY_8_an_older_body_stays_in_history_and_takes_no_new_terms_after_its_end() {
        Body asu = Body.historical("ASU", "Administrativt samarbeidsutvalg (ASU)", LocalDate.of(2021, 12, 1), LocalDate.of(2024, 9, 12));
        Person person = new Person(null, "Kari Nordmann", null, null, Position.MUNICIPAL_CHIEF_EXECUTIVE, null, null);

        assertThat(asu.isValidOn(LocalDate.of(2023, 5, 1))).isTrue();
        assertThat(asu.isValidOn(LocalDate.of(2024, 9, 12))).isFalse();
        assertThatThrownBy(() -> new Membership(asu, person, Party.MUNICIPALITIES, null, null, SeatType.ATTEND_AND_SPEAK,
                null, LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-BODY-8"));
    }

    @Test
    void a_term_ending_before_it_starts_and_a_deputy_who_is_the_member_are_refused() {
        Body ssu = Body.historical("SSU", "SSU", LocalDate.of(2024, 9, 12), null);
        Person person = new Person(null, "Ola Nordmann", null, null, Position.HOSPITAL_CEO, null, null);

        assertThatThrownBy(() -> new Membership(ssu, person, Party.HOSPITAL, null, null, SeatType.FIXED, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("termTo"));
        assertThatThrownBy(() -> new Membership(ssu, person, Party.HOSPITAL, null, null, SeatType.FIXED, person,
                LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("deputy"));
    }
}
