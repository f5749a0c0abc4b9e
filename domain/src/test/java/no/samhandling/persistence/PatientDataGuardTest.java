package no.samhandling.persistence;

import no.samhandling.partner.entity.ContactDetails;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.UserAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientDataGuardTest {

    @Test
    @DisplayName("R-DSP-4: no record is written with an identity number in any text, embedded values included")
    void R_DSP_4_no_record_is_written_with_an_identity_number_in_any_text() {
        Partner named = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm 41019012393", "3205");
        Partner addressed = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");
        addressed.changeContact(new ContactDetails("post@lillestrom.kommune.no", "66 93 80 00", "Pasient 150385.45660"));

        assertThatThrownBy(() -> PatientDataGuard.refuseIdentityNumbers(named))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-DSP-4");
                    assertThat(v.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> PatientDataGuard.refuseIdentityNumbers(addressed))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("postalAddress"));
    }

    @Test
    @DisplayName("R-DSP-4: ordinary records pass, and a password hash is not text")
    void R_DSP_4_ordinary_records_and_hashes_pass() {
        Partner partner = new Partner(PartnerKind.MUNICIPALITY, "Nesodden", "3212");
        partner.changeContact(new ContactDetails("post@nesodden.kommune.no", "66 96 40 00", "Postboks 123, 1451 Nesoddtangen"));
        UserAccount user = new UserAccount("nesodden", "Nina Nesodden", "nina@nesodden.kommune.no", null);
        user.changePasswordHash("pbkdf2$01019012480$abc");

        assertThatCode(() -> PatientDataGuard.refuseIdentityNumbers(partner)).doesNotThrowAnyException();
        assertThatCode(() -> PatientDataGuard.refuseIdentityNumbers(user)).doesNotThrowAnyException();
    }
}
