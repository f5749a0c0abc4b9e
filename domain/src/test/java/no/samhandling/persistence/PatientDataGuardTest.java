package no.samhandling.persistence;

import no.samhandling.archive.entity.ArchiveReceipt;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.archive.entity.ReceiptOutcome;
import no.samhandling.body.entity.Person;
import no.samhandling.body.entity.Position;
import no.samhandling.partner.entity.ContactDetails;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.UserAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

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

        assertThatThrownBy(() -> PatientDataGuard.refuse(named))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-DSP-4");
                    assertThat(v.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> PatientDataGuard.refuse(addressed))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("postalAddress"));
    }

    @Test
    @DisplayName("R-DSP-4: ordinary records pass, and a password hash is not text")
    void R_DSP_4_ordinary_records_and_hashes_pass() {
        Partner partner = new Partner(PartnerKind.MUNICIPALITY, "Nesodden", "3212");
        partner.changeContact(new ContactDetails("post@nesodden.kommune.no", "66 96 40 00", "Postboks 123, 1451 Nesoddtangen"));
        UserAccount user = new UserAccount("nesodden", "Nina Nesodden", "nina@nesodden.kommune.no", null);
        user.changePasswordHash("pbkdf2$01019012480$abc");

        assertThatCode(() -> PatientDataGuard.refuse(partner)).doesNotThrowAnyException();
        assertThatCode(() -> PatientDataGuard.refuse(user)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-DSP-4: an archive message whose payload carries an identity number is never written, nor a receipt")
    void R_DSP_4_outbox_payloads_and_receipts_are_guarded() {
        OutboxMessage message = new OutboxMessage(1L, 2L, "case.decision-corrected", "Case", 3L, 1,
                "<beskrivelse>Begrunnelse for rettelsen: Pasient 010190-12480 rettet</beskrivelse>", Instant.now());
        OutboxMessage clean = new OutboxMessage(1L, 2L, "case.decision-corrected", "Case", 3L, 1,
                "<saksdato>2026-12-02</saksdato><tittel>Sak 15/2026</tittel>", Instant.now());
        ArchiveReceipt receipt = new ArchiveReceipt(clean, ReceiptOutcome.FAILED, null,
                "Mottaker 01019012480 finnes ikke", Instant.now());

        assertThatThrownBy(() -> PatientDataGuard.refuse(message))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("payload"));
        assertThatThrownBy(() -> PatientDataGuard.refuse(receipt))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("detail"));
        assertThatCode(() -> PatientDataGuard.refuse(clean)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-DSP-4: a random message id whose hexadecimal digits spell a valid number is no patient data (about one UUID in 3,700 does)")
    void R_DSP_4_system_generated_identifiers_are_not_read_for_identity_numbers() throws Exception {
        String spellsOne = "01019012-480a-4b5c-8d9e-0a1b2c3d4e5f";
        OutboxMessage message = new OutboxMessage(1L, 2L, "partner.changed", "Partner", 3L, 1, "<x/>", Instant.now());
        java.lang.reflect.Field id = OutboxMessage.class.getDeclaredField("messageId");
        id.setAccessible(true);
        id.set(message, spellsOne);
        OutboxMessage typed = new OutboxMessage(1L, 2L, "partner.changed", "Partner", 3L, 1,
                "<beskrivelse>" + spellsOne + "</beskrivelse>", Instant.now());

        assertThat(no.samhandling.rules.NationalIdentityNumber.occursIn(spellsOne)).isTrue();
        assertThatCode(() -> PatientDataGuard.refuse(message)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PatientDataGuard.refuse(typed))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("payload"));
    }

    @Test
    @DisplayName("A text longer than its column is refused as input, with the column's length, before the database")
    void a_text_longer_than_its_column_is_refused() {
        OutboxMessage message = new OutboxMessage(1L, 2L, "t", "Case", 3L, 1, "<x/>", Instant.now());
        ArchiveReceipt receipt = new ArchiveReceipt(message, ReceiptOutcome.CREATED, "A".repeat(201), null, Instant.now());
        Person member = new Person(null, "N".repeat(200_000), null, null, Position.HOSPITAL_CEO, null, null);

        assertThatThrownBy(() -> PatientDataGuard.refuse(receipt))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.isInputError()).isTrue();
                    assertThat(v.field()).isEqualTo("archiveReference");
                    assertThat(v.messageKey()).isEqualTo("input.tooLong");
                    assertThat(v.arguments()).containsExactly(200);
                });
        assertThatThrownBy(() -> PatientDataGuard.refuse(member))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("fullName"));
    }
}
