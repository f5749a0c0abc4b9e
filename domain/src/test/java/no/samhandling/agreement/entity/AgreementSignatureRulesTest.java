package no.samhandling.agreement.entity;

import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementSignatureRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final FrameworkAgreement agreement = new FrameworkAgreement(null, "Overordnet samarbeidsavtale");
    final Partner hospital = new Partner(PartnerKind.HOSPITAL_TRUST, "Akershus universitetssykehus HF", null);
    final Partner lillestrom = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");

    @Test
    @DisplayName("R-AGR-3: hospital and each municipality sign bilaterally with date and role")
    void R_AGR_3_hospital_and_each_municipality_sign_bilaterally_with_date_and_role() {
        AgreementVersion version = new AgreementVersion(agreement, "2.0", AgreementStatus.IN_FORCE, LocalDate.of(2024, 9, 12));

        version.sign(hospital, LocalDate.of(2024, 9, 20), SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "sek");
        version.sign(lillestrom, LocalDate.of(2024, 10, 1), SignatoryRole.MAYOR, TODAY, Instant.EPOCH, "sek");

        assertThat(version.getSignatures()).extracting(s -> s.getPartner().getName())
                .containsExactly("Akershus universitetssykehus HF", "Lillestrøm");
        assertThat(version.getSignatures().get(1).getSignedOn()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    @DisplayName("R-AGR-3: a party signs a version once")
    void R_AGR_3_a_party_signs_a_version_once() {
        AgreementVersion version = new AgreementVersion(agreement, "2.0", AgreementStatus.IN_FORCE, null);
        version.sign(lillestrom, TODAY, SignatoryRole.MAYOR, TODAY, Instant.EPOCH, "sek");

        assertThatThrownBy(() -> version.sign(lillestrom, TODAY, SignatoryRole.MUNICIPAL_CHIEF_EXECUTIVE, TODAY,
                Instant.EPOCH, "sek"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-3"));
        assertThat(version.getSignatures()).hasSize(1);
    }

    @Test
    @DisplayName("R-AGR-3: signature in the future by a wrong role or on a draft is refused")
    void R_AGR_3_signature_in_the_future_by_a_wrong_role_or_on_a_draft_is_refused() {
        AgreementVersion inForce = new AgreementVersion(agreement, "2.0", AgreementStatus.IN_FORCE, null);
        AgreementVersion draft = new AgreementVersion(agreement, "3.0", AgreementStatus.DRAFT, null);

        assertThatThrownBy(() -> inForce.sign(lillestrom, TODAY.plusDays(1), SignatoryRole.MAYOR, TODAY, Instant.EPOCH, "s"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("signedOn"));
        assertThatThrownBy(() -> inForce.sign(lillestrom, TODAY, SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "s"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("signatoryRole"));
        assertThatThrownBy(() -> draft.sign(hospital, TODAY, SignatoryRole.HOSPITAL_CEO, TODAY, Instant.EPOCH, "s"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("agreement.signature.notApproved"));
        assertThat(inForce.getSignatures()).isEmpty();
    }
}
