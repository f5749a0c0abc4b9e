package no.samhandling.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalIdentityNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"01019012480", "15038545660", "31129987688", "41019012393", "41019012474"})
    @DisplayName("R-DSP-4: birth numbers and D-numbers with both control digits right are recognised")
    void R_DSP_4_numbers_with_both_control_digits_right_are_recognised(String number) {
        assertThat(NationalIdentityNumber.isValid(number)).isTrue();
        assertThat(NationalIdentityNumber.occursIn("Pasient " + number + " ble utskrevet")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01019012481", "01019012470", "15038545661", "41019012394", "12345678901", "0101901248",
            "010190124800"})
    @DisplayName("R-DSP-4: a wrong control digit or another length is not an identity number")
    void R_DSP_4_wrong_control_digits_are_not_recognised(String number) {
        assertThat(NationalIdentityNumber.isValid(number)).isFalse();
        assertThat(NationalIdentityNumber.occursIn("Referanse " + number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190 12480", "01.01.90 124 80", "010190.12480", "01 01 90 12480", "fnr:01019012480.",
            "010190\u00A012480"})
    @DisplayName("R-DSP-4: a number written with spaces or dots is found too")
    void R_DSP_4_grouped_numbers_are_found(String text) {
        assertThat(NationalIdentityNumber.occursIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-12480", "010190/12480", "010190\u201312480", "010190 \u2013 12480", "010190_12480",
            "010190\n12480", "010190\r\n12480", "010190\t12480", "010190  12480", "010190,12480", "010190, 12480",
            "0101\u200B9012480", "010190\u00AD12480", "010190\u202F12480", "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF14\uFF18\uFF10",
            "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0664\u0668\u0660", "01-01-90-124-80", "fnr.01019012480"})
    @DisplayName("R-DSP-4: a number written with hyphens, dashes, slashes, underscores, line breaks, tabs, double spaces, "
            + "commas, invisible characters or digits of another script is found")
    void R_DSP_4_every_common_spelling_is_found(String text) {
        assertThat(NationalIdentityNumber.occursIn("Gjelder pasient " + text + " på avdeling B")).isTrue();
    }

    @Test
    @DisplayName("R-DSP-4: a mathematical-digit spelling outside the basic plane is found")
    void R_DSP_4_digits_outside_the_basic_plane_are_found() {
        StringBuilder number = new StringBuilder();
        "01019012480".chars().forEach(c -> number.appendCodePoint(0x1D7CE + c - '0'));
        assertThat(NationalIdentityNumber.occursIn("Pasient " + number)).isTrue();
    }

    @Test
    @DisplayName("R-DSP-4: groups further apart than three separators, or glued to more digits, are not joined")
    void R_DSP_4_distant_groups_are_not_joined() {
        assertThat(NationalIdentityNumber.occursIn("010190    12480")).isFalse();
        assertThat(NationalIdentityNumber.occursIn("010190 kl 12480")).isFalse();
        assertThat(NationalIdentityNumber.occursIn("2010190-12480")).isFalse();
        assertThat(NationalIdentityNumber.occursIn("Sak 15/2026, vedtak 2026-12-02, 3 av 22 parter")).isFalse();
    }

    @Test
    @DisplayName("R-DSP-4: dates, phone numbers, organisation numbers and longer digit strings pass")
    void R_DSP_4_ordinary_numbers_pass() {
        assertThat(NationalIdentityNumber.occursIn("Møte 05.03.2026 kl. 14.30, ring 66 96 40 00, org.nr. 983 971 768"))
                .isFalse();
        assertThat(NationalIdentityNumber.occursIn("Konto 1234567890123401019012480")).isFalse();
        assertThat(NationalIdentityNumber.occursIn(null)).isFalse();
    }

    @Test
    @DisplayName("R-DSP-4: every free text refuses an identity number, naming the field")
    void R_DSP_4_free_text_refuses_an_identity_number_naming_the_field() {
        assertThatThrownBy(() -> Texts.optional("description", "Gjelder pasient 010190 12480", 4000))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-DSP-4");
                    assertThat(v.field()).isEqualTo("description");
                    assertThat(v.getMessage()).doesNotContain("12480");
                });
        assertThat(Texts.required("title", "Utskrivning av pasienter 2026", 300, "input.required"))
                .isEqualTo("Utskrivning av pasienter 2026");
    }
}
