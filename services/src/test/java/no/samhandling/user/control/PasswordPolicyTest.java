package no.samhandling.user.control;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({"aaaaaaaaaa, user.password.weak", "1234567890, user.password.weak", "kari.nordmann1, user.password.containsUsername",
            "qwertyuiop123, user.password.weak", "passord123456, user.password.weak", "Sommer2024!!, user.password.weak",
            "password1234, user.password.weak", "Samhandling2026, user.password.weak", "KariNordmann1985, user.password.weak",
            "short1!, user.password.tooShort"})
    @DisplayName("Common, patterned, personal and short passwords are refused, each with its reason")
    void weak_passwords_are_refused(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "kari.nordmann", "Kari Nordmann",
                "kari@lillestrom.kommune.no", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo(reason);
                    assertThat(v.field()).isEqualTo("password");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"blåbær-traktor-fjell-42", "Kaffekopp!Regnvær7Sykkel", "vindu lampe elg sjokolade"})
    @DisplayName("Long passphrases pass")
    void passphrases_pass(String password) {
        assertThatCode(() -> PasswordPolicy.check("password", password, "kari.nordmann", "Kari Nordmann",
                "kari@lillestrom.kommune.no", null)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("More than 72 bytes is refused, not cut by bcrypt; the password it replaces is refused")
    void too_long_and_unchanged_passwords_are_refused() {
        String seventyThreeBytes = "æøå-" + "traktorfjell".repeat(5) + "abcdef";
        assertThat(seventyThreeBytes.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(73);
        assertThatThrownBy(() -> PasswordPolicy.check("password", seventyThreeBytes, "kari", null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("user.password.tooLong"));
        String current = PasswordHasher.hash("blåbær-traktor-fjell-42");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "blåbær-traktor-fjell-42", "kari", null, null, current))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("user.password.unchanged"));
    }
}
