package no.samhandling.body.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadershipTest {

    static final LocalDate START = LocalDate.of(2024, 9, 12);
    final Body ssu = Body.of("SSU", "SSU", BodyKind.STRATEGIC_COMMITTEE, START, null);
    final Body au = Body.of("AU", "AU", BodyKind.WORKING_COMMITTEE, START, null);
    final Person ceo = new Person(null, "Adm. dir.", null, null, Position.HOSPITAL_CEO, null, null);
    final Person chiefExecutive = new Person(null, "Kommunedirektør", null, null, Position.MUNICIPAL_CHIEF_EXECUTIVE, null, null);
    final Person headOfHealth = new Person(null, "Kommunalsjef", null, null, Position.HEAD_OF_HEALTH_SERVICES, null, null);
    final Person department = new Person(null, "Avdelingsleder", null, null, Position.HEAD_OF_COOPERATION_DEPARTMENT, null, null);

    @Test
    @DisplayName("R-BODY-2: ssu leadership alternates in two year terms and the secretary role follows it")
    void R_BODY_2_ssu_leadership_alternates_in_two_year_terms_and_the_secretary_role_follows_it() {
        LeadershipTerm first = Leadership.appoint(ssu, Party.HOSPITAL, ceo, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());

        Leadership.Proposal next = Leadership.propose(List.of(first)).orElseThrow();
        assertThat(next.party()).isEqualTo(Party.MUNICIPALITIES);
        assertThat(next.termFrom()).isEqualTo(LocalDate.of(2026, 9, 12));
        assertThat(next.termTo()).isEqualTo(LocalDate.of(2028, 9, 11));
        assertThat(first.getSecretaryParty()).isEqualTo(Party.HOSPITAL);

        LeadershipTerm second = Leadership.appoint(ssu, next.party(), chiefExecutive, next.termFrom(), next.termTo(),
                List.of(first), List.of());
        assertThat(second.getParty()).isEqualTo(Party.MUNICIPALITIES);
    }

    @Test
    @DisplayName("R-BODY-2: the same party twice a wrong position or a term not of two years is refused")
    void R_BODY_2_the_same_party_twice_a_wrong_position_or_a_term_not_of_two_years_is_refused() {
        LeadershipTerm first = Leadership.appoint(ssu, Party.HOSPITAL, ceo, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());
        LocalDate from = START.plusYears(2);
        LocalDate to = from.plusYears(2).minusDays(1);

        assertThatThrownBy(() -> Leadership.appoint(ssu, Party.HOSPITAL, ceo, from, to, List.of(first), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("leadership.mustAlternate"));
        assertThatThrownBy(() -> Leadership.appoint(ssu, Party.MUNICIPALITIES, headOfHealth, from, to, List.of(first), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("leadership.position"));
        assertThatThrownBy(() -> Leadership.appoint(ssu, Party.MUNICIPALITIES, chiefExecutive, from, from.plusYears(3),
                List.of(first), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-BODY-2"));
    }

    @Test
    @DisplayName("R-BODY-4: au leadership is always the other party than ssus")
    void R_BODY_4_au_leadership_is_always_the_other_party_than_ssus() {
        LeadershipTerm ssuTerm = Leadership.appoint(ssu, Party.HOSPITAL, ceo, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());
        LocalDate to = START.plusYears(2).minusDays(1);

        assertThatThrownBy(() -> Leadership.appoint(au, Party.HOSPITAL, department, START, to, List.of(), List.of(ssuTerm)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-BODY-4");
                    assertThat(v.messageKey()).isEqualTo("leadership.oppositeOfSsu");
                });
        assertThat(Leadership.appoint(au, Party.MUNICIPALITIES, headOfHealth, START, to, List.of(), List.of(ssuTerm))
                .getParty()).isEqualTo(Party.MUNICIPALITIES);
    }

    @Test
    @DisplayName("R-BODY-4: an au term that straddles a change of ssus leadership is checked against every ssu term it overlaps")
    void R_BODY_4_an_au_term_that_straddles_a_change_of_ssus_leadership_is_checked_against_every_ssu_term_it_overlaps() {
        LeadershipTerm hospital = Leadership.appoint(ssu, Party.HOSPITAL, ceo, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());
        LeadershipTerm municipalities = Leadership.appoint(ssu, Party.MUNICIPALITIES, chiefExecutive,
                START.plusYears(2), START.plusYears(4).minusDays(1), List.of(hospital), List.of());
        LocalDate from = START.plusYears(1);

        // on its first day SSU is led by the hospital, so the municipalities looked right; a year later they lead SSU
        assertThatThrownBy(() -> Leadership.appoint(au, Party.MUNICIPALITIES, headOfHealth, from,
                from.plusYears(2).minusDays(1), List.of(), List.of(hospital, municipalities)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-BODY-4");
                    assertThat(v.arguments()).contains(Party.MUNICIPALITIES, START.plusYears(2));
                });
        assertThatThrownBy(() -> Leadership.appoint(au, Party.HOSPITAL, department, from,
                from.plusYears(2).minusDays(1), List.of(), List.of(hospital, municipalities)))
                .as("nor the hospital, which leads SSU on its first day")
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-BODY-4"));
        assertThat(Leadership.appoint(au, Party.HOSPITAL, department, START.plusYears(2), START.plusYears(4).minusDays(1),
                List.of(), List.of(hospital, municipalities)).getParty()).as("a term that follows SSU's").isEqualTo(Party.HOSPITAL);
    }

    @Test
    @DisplayName("R-BODY-4: ssu's leader is refused when au is already led by the same party on a day of the term")
    void R_BODY_4_ssus_leader_is_refused_when_au_is_already_led_by_the_same_party_on_a_day_of_the_term() {
        LeadershipTerm auTerm = Leadership.appoint(au, Party.HOSPITAL, department, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());

        assertThatThrownBy(() -> Leadership.appoint(ssu, Party.HOSPITAL, ceo, START.plusMonths(6),
                START.plusMonths(6).plusYears(2).minusDays(1), List.of(), List.of(auTerm)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-BODY-4");
                    assertThat(v.messageKey()).isEqualTo("leadership.oppositeOfAu");
                });
    }
}
