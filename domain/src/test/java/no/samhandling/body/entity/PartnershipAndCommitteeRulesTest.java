package no.samhandling.body.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnershipAndCommitteeRulesTest {

    static final LocalDate START = LocalDate.of(2024, 9, 12);
    final Body ssu = Body.of("SSU", "SSU", BodyKind.STRATEGIC_COMMITTEE, START, null);
    final List<String> regions = List.of("Follo", "Kongsvingerregionen");

    @Test
    @DisplayName("R-BODY-1: only the hospital ceo and the municipal chief executives decide in january or february chaired by ssus leader")
    void R_BODY_1_only_the_hospital_ceo_and_the_municipal_chief_executives_decide_in_january_or_february_chaired_by_ssus_leader() {
        Person ceo = new Person(null, "Adm. dir.", null, null, Position.HOSPITAL_CEO, null, null);
        LeadershipTerm ssuLeader = Leadership.appoint(ssu, Party.HOSPITAL, ceo, START, START.plusYears(2).minusDays(1),
                List.of(), List.of());

        assertThat(PartnershipMeetingRules.mayDecide(Position.HOSPITAL_CEO)).isTrue();
        assertThat(PartnershipMeetingRules.mayDecide(Position.MUNICIPAL_CHIEF_EXECUTIVE)).isTrue();
        assertThat(PartnershipMeetingRules.mayDecide(Position.HEAD_OF_HEALTH_SERVICES)).isFalse();
        assertThat(PartnershipMeetingRules.mayDecide(Position.USER_REPRESENTATIVE)).isFalse();
        assertThat(PartnershipMeetingRules.isInSeason(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(PartnershipMeetingRules.isInSeason(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(PartnershipMeetingRules.chair(List.of(ssuLeader), LocalDate.of(2025, 1, 20)))
                .hasValueSatisfying(t -> assertThat(t.getLeader().getFullName()).isEqualTo("Adm. dir."));
        assertThat(PartnershipMeetingRules.PARTS).hasSize(2);
    }

    @Test
    @DisplayName("R-BODY-6: a professional committee is mandated by ssu with text and date")
    void R_BODY_6_a_professional_committee_is_mandated_by_ssu_with_text_and_date() {
        Body committee = Body.professionalCommittee(ssu, "FSU-BU", "Faglig samarbeidsutvalg barn og unge", null,
                "Utvikle felles retningslinjer for barn og unge.", LocalDate.of(2025, 3, 1), true);

        assertThat(committee.getLevel()).isEqualTo(3);
        assertThat(committee.getMandatedBy()).isSameAs(ssu);
        assertThat(committee.hasUserRepresentation()).isTrue();
        Body au = Body.of("AU", "AU", BodyKind.WORKING_COMMITTEE, START, null);
        assertThatThrownBy(() -> Body.professionalCommittee(au, "X", "X", null, "mandat", LocalDate.of(2025, 3, 1), false))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-BODY-6"));
        assertThatThrownBy(() -> Body.professionalCommittee(ssu, "X", "X", null, " ", LocalDate.of(2025, 3, 1), false))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("mandateText"));
    }

    @Test
    @DisplayName("R-BODY-6: members come from the hospital each region and the gps and users when decided")
    void R_BODY_6_members_come_from_the_hospital_each_region_and_the_gps_and_users_when_decided() {
        List<Seat> seats = List.of(
                new Seat("H", Party.HOSPITAL, null, SeatType.FIXED, Position.CLINIC_DIRECTOR, false, null),
                new Seat("F", Party.MUNICIPALITIES, "Follo", SeatType.FIXED, Position.HEAD_OF_HEALTH_SERVICES, false, null));

        List<Deviation> deviations = CompositionCheck.check(BodyKind.PROFESSIONAL_COMMITTEE, seats, regions, null, true);

        assertThat(deviations).extracting(Deviation::key).containsExactlyInAnyOrder(
                "composition.committee.region", "composition.committee.gp", "composition.userRepresentative.missing");
        assertThat(deviations).allMatch(d -> d.ruleId().equals("R-BODY-6"));
    }

    @Test
    @DisplayName("R-BODY-7: a gp takes part as gp representative or as general practitioner")
    void R_BODY_7_a_gp_takes_part_as_gp_representative_or_as_general_practitioner() {
        assertThat(CompositionCheck.isGp(new Seat("A", Party.OTHER, null, SeatType.GP_REPRESENTATIVE, Position.OTHER, false, null))).isTrue();
        assertThat(CompositionCheck.isGp(new Seat("B", Party.MUNICIPALITIES, null, SeatType.ATTEND_AND_SPEAK,
                Position.GENERAL_PRACTITIONER, false, null))).isTrue();
        assertThat(CompositionCheck.isGp(new Seat("C", Party.MUNICIPALITIES, null, SeatType.FIXED,
                Position.MUNICIPAL_CHIEF_MEDICAL_OFFICER, false, null))).isFalse();
    }
}
