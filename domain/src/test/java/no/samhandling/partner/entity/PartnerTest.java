package no.samhandling.partner.entity;

import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerTest {

    @Test
    void empty_name_is_refused() {
        assertThatThrownBy(() -> new Partner(PartnerKind.MUNICIPALITY, "  ", "3205"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
    }

    @Test
    void contact_details_refuse_malformed_email_and_phone_and_accept_what_people_type() {
        assertThatThrownBy(() -> new ContactDetails("not-an-address", null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("email"));
        assertThatThrownBy(() -> new ContactDetails(null, "12", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("phone"));

        ContactDetails ok = new ContactDetails(" post@kommune.example.org ", "+47 66 93 80 00", "");
        assertThat(ok.email()).isEqualTo("post@kommune.example.org");
        assertThat(ok.postalAddress()).isNull();
    }

    @Test
    void an_enabled_archive_needs_an_account() {
        assertThatThrownBy(() -> new ArchiveSettings("Elements", " ", true))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("archiveAccount"));
        assertThat(new ArchiveSettings("Elements", null, false).enabled()).isFalse();
    }

    @Test
    void a_stale_version_is_refused() {
        Partner partner = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");

        partner.requireVersion(0);
        assertThatThrownBy(() -> partner.requireVersion(3)).isInstanceOf(StaleVersion.class);
    }
}
