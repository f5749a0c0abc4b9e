package no.samhandling.dispute.entity;

import no.samhandling.dispute.entity.Dispute.Member;
import no.samhandling.dispute.entity.Dispute.Raised;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisputeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final Partner hospital = new Partner(PartnerKind.HOSPITAL_TRUST, "Akershus universitetssykehus HF", null);
    final Partner lillestrom = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");
    final Partner nesodden = new Partner(PartnerKind.MUNICIPALITY, "Nesodden", "3212");

    Dispute agreementDispute(Partner municipality) {
        return Dispute.open(null, 1, new Raised(DisputeKind.AGREEMENT, DisputeSubject.GUIDELINE,
                "Uenighet om utskrivningsklare pasienter", "Tolkning av retningslinjen", municipality, hospital,
                TODAY.minusDays(30), null), TODAY, "sek", Instant.EPOCH);
    }

    @Test
    @DisplayName("R-DSP-2: a dispute over a guideline climbs lowest level → SSU → negotiation committee → national board")
    void R_DSP_2_the_ladder_goes_from_the_lowest_level_to_the_national_board() {
        Dispute dispute = agreementDispute(lillestrom);
        assertThat(dispute.getCurrentStep()).isEqualTo(DisputeStep.LOWEST_LEVEL);

        dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY.minusDays(20), lillestrom, "Ikke løst i linjen", null, TODAY, "sek", Instant.EPOCH);
        dispute.escalate(DisputeStep.NEGOTIATION_COMMITTEE, TODAY.minusDays(10), hospital, "SSU oppnevner utvalg",
                List.of(new Member("Kari Nordmann", hospital), new Member("Ola Nordmann", lillestrom)), TODAY, "sek", Instant.EPOCH);
        dispute.escalate(DisputeStep.NATIONAL_BOARD, TODAY, lillestrom, "Utvalget ble ikke enige", null, TODAY, "sek", Instant.EPOCH);

        assertThat(dispute.getSteps()).extracting(DisputeEscalation::getStep).containsExactly(DisputeStep.LOWEST_LEVEL,
                DisputeStep.SSU_DISCUSSION, DisputeStep.NEGOTIATION_COMMITTEE, DisputeStep.NATIONAL_BOARD);
        assertThat(dispute.getSteps().get(2).getMembers()).extracting(CommitteeMember::getName)
                .containsExactly("Kari Nordmann", "Ola Nordmann");
        assertThat(dispute.getSteps().get(3).getAskedBy()).isSameAs(lillestrom);
    }

    @Test
    @DisplayName("R-DSP-2: a negotiation committee needs members from both parties")
    void R_DSP_2_negotiation_committee_needs_members_from_both_parties() {
        Dispute dispute = agreementDispute(lillestrom);
        dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY, hospital, "Prinsipiell drøfting", null, TODAY, "sek", Instant.EPOCH);

        assertThatThrownBy(() -> dispute.escalate(DisputeStep.NEGOTIATION_COMMITTEE, TODAY, hospital, "Utvalg",
                List.of(new Member("Kari Nordmann", hospital)), TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-2"));
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.NEGOTIATION_COMMITTEE, TODAY, hospital, "Utvalg",
                List.of(new Member("Kari Nordmann", hospital), new Member("Per Hansen", nesodden)), TODAY, "sek", Instant.EPOCH))
                .as("the other municipality is not a party of this dispute")
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-2"));
        assertThat(dispute.getCurrentStep()).isEqualTo(DisputeStep.SSU_DISCUSSION);
    }

    @Test
    @DisplayName("R-DSP-3: no skipped step, no step dated before the last, no step asked for by an outsider")
    void R_DSP_3_steps_follow_the_order_and_the_dates() {
        Dispute dispute = agreementDispute(lillestrom);
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.NATIONAL_BOARD, TODAY, lillestrom, "Rett til nemnda", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-3"));
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY.minusDays(31), lillestrom, "For tidlig", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.date.beforePrevious"));
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY.plusDays(1), lillestrom, "Framtid", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("on"));
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY, nesodden, "Utenfra", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("askedByPartnerId"));
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY, lillestrom, " ", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThat(dispute.getSteps()).hasSize(1);
    }

    @Test
    @DisplayName("R-DSP-3: resolved or withdrawn at any step with the outcome; then no further step")
    void R_DSP_3_resolved_or_withdrawn_at_any_step_then_closed() {
        Dispute resolved = agreementDispute(null);
        resolved.escalate(DisputeStep.SSU_DISCUSSION, TODAY.minusDays(5), nesodden, "Felles sak for kommunene", null, TODAY, "sek", Instant.EPOCH);
        resolved.close(DisputeStatus.RESOLVED, TODAY, "SSU presiserte retningslinjen", TODAY);
        Dispute withdrawn = agreementDispute(lillestrom);
        withdrawn.close(DisputeStatus.WITHDRAWN, TODAY, "Trukket etter dialog", TODAY);

        assertThat(resolved.getStatus()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(resolved.getCurrentStep()).isEqualTo(DisputeStep.SSU_DISCUSSION);
        assertThat(withdrawn.getStatus()).isEqualTo(DisputeStatus.WITHDRAWN);
        assertThatThrownBy(() -> resolved.escalate(DisputeStep.NEGOTIATION_COMMITTEE, TODAY, hospital, "Likevel", List.of(), TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("dispute.closed"));
        assertThatThrownBy(() -> withdrawn.close(DisputeStatus.RESOLVED, TODAY, "Igjen", TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-3"));
        assertThatThrownBy(() -> agreementDispute(lillestrom).close(DisputeStatus.RESOLVED, TODAY, "", TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("outcome"));
    }

    @Test
    @DisplayName("R-DSP-1: a patient case is bilateral, starts in dialogue and goes no further than the leadership meeting")
    void R_DSP_1_patient_case_is_solved_close_to_the_patient() {
        Raised patient = new Raised(DisputeKind.PATIENT_CASE, DisputeSubject.ROUTINE, "Uenighet om utskrivning",
                null, lillestrom, lillestrom, TODAY, null);
        Dispute dispute = Dispute.open(null, 2, patient, TODAY, "sek", Instant.EPOCH);
        assertThat(dispute.getCurrentStep()).isEqualTo(DisputeStep.DIALOGUE);
        assertThat(dispute.getSubject()).isNull();

        dispute.escalate(DisputeStep.LEADERSHIP_MEETING, TODAY, hospital, "Klinikksjef og kommunalsjef møtes", null, TODAY, "sek", Instant.EPOCH);
        assertThatThrownBy(() -> dispute.escalate(DisputeStep.SSU_DISCUSSION, TODAY, hospital, "Videre", null, TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-1"));
        assertThatThrownBy(() -> Dispute.open(null, 3, new Raised(DisputeKind.PATIENT_CASE, null, "Felles", null,
                null, hospital, TODAY, null), TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-1"));
    }

    @Test
    @DisplayName("R-DSP-4: a dispute's text with an identity number is refused")
    void R_DSP_4_dispute_text_with_an_identity_number_is_refused() {
        assertThatThrownBy(() -> Dispute.open(null, 4, new Raised(DisputeKind.PATIENT_CASE, null, "Pasient 01019012480",
                null, lillestrom, lillestrom, TODAY, null), TODAY, "sek", Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-DSP-4");
                    assertThat(v.field()).isEqualTo("title");
                });
    }
}
