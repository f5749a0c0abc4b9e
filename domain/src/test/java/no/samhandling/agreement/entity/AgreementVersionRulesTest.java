package no.samhandling.agreement.entity;

import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
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

class AgreementVersionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final FrameworkAgreement agreement = new FrameworkAgreement(null, "Overordnet samarbeidsavtale");
    final Partner hospital = new Partner(PartnerKind.HOSPITAL_TRUST, "Akershus universitetssykehus HF", null);
    final Partner lillestrom = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");
    final Partner nesodden = new Partner(PartnerKind.MUNICIPALITY, "Nesodden", "3212");
    final Body ssu = Body.of("SSU", "Strategisk samarbeidsutvalg", BodyKind.STRATEGIC_COMMITTEE, LocalDate.of(2023, 1, 1), null);
    final Body au = Body.of("AU", "Arbeidsutvalget", BodyKind.STRATEGIC_COMMITTEE, LocalDate.of(2023, 1, 1), null);

    AgreementVersion draft() {
        return AgreementVersion.draft(agreement, "3.0", ssu, TODAY.minusDays(1), 2028, TODAY.minusDays(30), "sek");
    }

    @Test
    @DisplayName("R-AGR-1: a version goes draft → consultation → approved → signing → in force, each step kept")
    void R_AGR_1_a_version_goes_step_by_step_to_force_and_each_step_is_kept() {
        AgreementVersion version = draft();
        version.openConsultation(List.of(hospital, lillestrom), true, TODAY.minusDays(20), "sek", null);
        version.getConsultations().forEach(c -> c.record(TODAY.minusDays(10), "Støtter forslaget", TODAY.minusDays(20), TODAY, "sek"));
        version.addApproval(au, TODAY.minusDays(8), ApprovalForm.EMAIL, "Per e-post", TODAY, "sek");
        version.addApproval(ssu, TODAY.minusDays(5), ApprovalForm.MEETING, null, TODAY, "sek");
        version.approve(TODAY.minusDays(5), "sek", null);
        version.putToCouncils(TODAY.minusDays(4), "sek", null);
        version.sign(hospital, TODAY.minusDays(2), SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "sek");
        version.sign(lillestrom, TODAY.minusDays(2), SignatoryRole.MAYOR, TODAY, Instant.EPOCH, "sek");
        version.bringIntoForce(2, TODAY, "sek", null);

        assertThat(version.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(version.getEvents()).extracting(AgreementVersionEvent::getToStatus).containsExactly(
                AgreementStatus.DRAFT, AgreementStatus.CONSULTATION, AgreementStatus.APPROVED, AgreementStatus.SIGNING,
                AgreementStatus.IN_FORCE);
        assertThat(version.getApprovals()).extracting(a -> a.getBody().getCode()).containsExactly("AU", "SSU");
        assertThat(version.getOwnerBody()).isSameAs(ssu);
        assertThat(version.getNextRevisionYear()).isEqualTo(2028);
    }

    @Test
    @DisplayName("R-AGR-1: steps cannot be skipped; no consultation without the text; no approval step without the owner body")
    void R_AGR_1_steps_cannot_be_skipped() {
        AgreementVersion version = draft();
        assertThatThrownBy(() -> version.approve(TODAY, "sek", null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.ruleId()).isEqualTo("R-AGR-1"));
        assertThatThrownBy(() -> version.openConsultation(List.of(hospital), false, TODAY, "sek", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("agreement.version.textMissing"));
        assertThatThrownBy(() -> version.bringIntoForce(0, TODAY, "sek", null)).isInstanceOf(RuleViolation.class);

        version.openConsultation(List.of(hospital), true, TODAY, "sek", null);
        version.addApproval(au, TODAY, ApprovalForm.MEETING, null, TODAY, "sek");
        assertThatThrownBy(() -> version.approve(TODAY, "sek", null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("agreement.version.ownerApprovalMissing"));
        assertThat(version.getStatus()).isEqualTo(AgreementStatus.CONSULTATION);
    }

    @Test
    @DisplayName("R-AGR-1: dates out of order are refused — revision before validity, approval in the future, in force before approval")
    void R_AGR_1_dates_out_of_order_are_refused() {
        assertThatThrownBy(() -> AgreementVersion.draft(agreement, "3.0", ssu, LocalDate.of(2027, 1, 1), 2026, TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("nextRevisionYear"));
        AgreementVersion version = draft();
        version.openConsultation(List.of(hospital), true, TODAY.minusDays(9), "sek", null);
        assertThatThrownBy(() -> version.addApproval(ssu, TODAY.plusDays(1), ApprovalForm.MEETING, null, TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("approvedOn"));
        Body closed = Body.of("OLD", "Nedlagt", BodyKind.STRATEGIC_COMMITTEE, LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));
        assertThatThrownBy(() -> version.addApproval(closed, TODAY, ApprovalForm.MEETING, null, TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("bodyId"));

        version.getConsultations().forEach(c -> c.record(TODAY.minusDays(3), "Ok", TODAY.minusDays(9), TODAY, "sek"));
        version.addApproval(ssu, TODAY, ApprovalForm.MEETING, null, TODAY, "sek");
        version.approve(TODAY, "sek", null);
        version.putToCouncils(TODAY, "sek", null);
        version.sign(hospital, TODAY, SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "sek");
        assertThatThrownBy(() -> version.bringIntoForce(1, TODAY, "sek", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("agreement.version.validBeforeApproval"));
        assertThat(version.getStatus()).isEqualTo(AgreementStatus.SIGNING);
    }

    @Test
    @DisplayName("R-AGR-1: in force needs every signature; the version in force before it is superseded")
    void R_AGR_1_in_force_needs_every_signature_and_supersedes() {
        AgreementVersion old = new AgreementVersion(agreement, "2.0", AgreementStatus.IN_FORCE, LocalDate.of(2024, 9, 12));
        AgreementVersion version = new AgreementVersion(agreement, "3.0", AgreementStatus.SIGNING, TODAY);
        version.sign(hospital, TODAY, SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "sek");
        assertThatThrownBy(() -> version.bringIntoForce(2, TODAY, "sek", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-3"));

        version.sign(lillestrom, TODAY, SignatoryRole.MAYOR, TODAY, Instant.EPOCH, "sek");
        version.bringIntoForce(2, TODAY, "sek", null);
        old.supersede(version, TODAY, "sek");
        assertThat(old.getStatus()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(old.getEvents().get(0).getNote()).contains("3.0");
    }

    @Test
    @DisplayName("R-AGR-2: consultation lists the hospital's user committee and youth council and each municipality's three councils")
    void R_AGR_2_consultation_lists_the_required_councils() {
        AgreementVersion version = draft();
        version.openConsultation(List.of(hospital, lillestrom, nesodden), true, TODAY, "sek", null);

        assertThat(version.getConsultations()).extracting(c -> c.getPartner().getName() + "/" + c.getCouncil())
                .containsExactly("Akershus universitetssykehus HF/USER_COMMITTEE",
                        "Akershus universitetssykehus HF/YOUTH_COUNCIL",
                        "Lillestrøm/YOUTH_COUNCIL", "Lillestrøm/ELDERLY_COUNCIL", "Lillestrøm/DISABILITY_COUNCIL",
                        "Nesodden/YOUTH_COUNCIL", "Nesodden/ELDERLY_COUNCIL", "Nesodden/DISABILITY_COUNCIL");
        assertThat(version.missingConsultations()).hasSize(8);
    }

    @Test
    @DisplayName("R-AGR-2: the version goes to the councils and the board only when every consultation is recorded or an exception is")
    void R_AGR_2_missing_consultations_block_unless_exception() {
        AgreementVersion version = draft();
        version.openConsultation(List.of(hospital, lillestrom), true, TODAY.minusDays(10), "sek", null);
        version.getConsultations().get(0).record(TODAY.minusDays(5), "Ingen merknader", TODAY.minusDays(10), TODAY, "sek");
        version.addApproval(ssu, TODAY.minusDays(1), ApprovalForm.MEETING, null, TODAY, "sek");
        version.approve(TODAY, "sek", null);

        assertThatThrownBy(() -> version.putToCouncils(TODAY, "sek", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-AGR-2");
                    assertThat(v.arguments()).containsExactly(4L);
                });
        assertThat(version.getStatus()).isEqualTo(AgreementStatus.APPROVED);

        assertThatThrownBy(() -> version.exemptConsultations(" ", Instant.EPOCH, "sek")).isInstanceOf(RuleViolation.class);
        version.exemptConsultations("Ungdomsrådene møtes ikke før i mars", Instant.EPOCH, "sek");
        version.putToCouncils(TODAY, "sek", null);
        assertThat(version.getStatus()).isEqualTo(AgreementStatus.SIGNING);
        assertThat(version.missingConsultations()).hasSize(4);
    }

    @Test
    @DisplayName("R-AGR-2: a consultation is dated between the opening and today and states its outcome")
    void R_AGR_2_consultation_is_dated_and_has_an_outcome() {
        AgreementVersion version = draft();
        version.openConsultation(List.of(lillestrom), true, TODAY.minusDays(10), "sek", null);
        AgreementConsultation elderly = version.getConsultations().get(1);
        assertThatThrownBy(() -> elderly.record(TODAY.minusDays(11), "Ok", TODAY.minusDays(10), TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> elderly.record(TODAY.plusDays(1), "Ok", TODAY.minusDays(10), TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> elderly.record(TODAY, "", TODAY.minusDays(10), TODAY, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("outcome"));
        assertThat(elderly.isRecorded()).isFalse();
        assertThat(version.consultationOpenedOn()).contains(TODAY.minusDays(10));
    }
}
