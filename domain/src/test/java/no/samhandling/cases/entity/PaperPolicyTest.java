package no.samhandling.cases.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperPolicyTest {

    @Test
    void accepts_a_pdf_by_name_and_content_and_keeps_its_checksum() {
        PaperPolicy.Accepted accepted = PaperPolicy.check("C:\\Saker\\saksframlegg.PDF", "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));

        assertThat(accepted.fileName()).isEqualTo("saksframlegg.PDF");
        assertThat(accepted.contentType()).isEqualTo("application/pdf");
        assertThat(accepted.sha256()).hasSize(64);
    }

    @Test
    void refuses_a_program_a_disguised_file_an_empty_file_and_one_too_large() {
        byte[] exe = {0x4D, 0x5A, 0x00, 0x01};
        assertThatThrownBy(() -> PaperPolicy.check("virus.exe", exe))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("paper.typeNotAllowed"));
        assertThatThrownBy(() -> PaperPolicy.check("innkalling.pdf", exe))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("file"));
        assertThatThrownBy(() -> PaperPolicy.check("notat.txt", new byte[]{'a', 0, 'b'})).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> PaperPolicy.check("tom.pdf", new byte[0]))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("paper.empty"));
        byte[] large = new byte[(int) PaperPolicy.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertThatThrownBy(() -> PaperPolicy.check("stor.pdf", large))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("paper.tooLarge"));
    }

    @Test
    void accepts_norwegian_plain_text_and_strips_paths_and_control_characters() {
        PaperPolicy.Accepted accepted = PaperPolicy.check("../../etc/\"notat\u0007 om økonomi.txt",
                "Økonomiske konsekvenser: ingen".getBytes(StandardCharsets.UTF_8));

        assertThat(accepted.fileName()).isEqualTo("notat om økonomi.txt");
        assertThat(accepted.contentType()).startsWith("text/plain");
    }
}
