package no.samhandling.user.control;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    @Test
    void hash_is_bcrypt_in_modular_crypt_form_and_verifies_only_the_right_password() {
        String hash = PasswordHasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2").doesNotContain("correct");
        assertThat(PasswordHasher.matches("correct horse battery", hash)).isTrue();
        assertThat(PasswordHasher.matches("wrong horse battery", hash)).isFalse();
    }

    @Test
    void same_password_gets_a_new_salt_each_time() {
        assertThat(PasswordHasher.hash("samme passord")).isNotEqualTo(PasswordHasher.hash("samme passord"));
    }

    @Test
    void short_password_is_refused_naming_the_field() {
        assertThatThrownBy(() -> PasswordHasher.hash("kort"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("password"));
    }
}
