package no.samhandling.partner.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974703300", "974 703 300", "983971636", "944 117 784", "  974703300 "})
    void valid_numbers_as_people_type_them_are_accepted_and_stored_as_nine_digits(String typed) {
        OrganisationNumber number = OrganisationNumber.parse(typed);

        assertThat(number.value()).matches("\\d{9}");
        assertThat(number.formatted()).matches("\\d{3} \\d{3} \\d{3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"974703301", "97470330", "9747033000", "abcdefghi", "", "974-703-300"})
    void wrong_check_digit_or_length_is_refused_naming_the_field(String typed) {
        assertThatThrownBy(() -> OrganisationNumber.parse(typed))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("organisationNumber");
                    assertThat(v.isInputError()).isTrue();
                });
    }

    @Test
    void a_number_whose_check_digit_would_be_10_is_never_valid() {
        // weights 3 2 7 6 5 4 3 2 on 00000001 give 2, 11 - 2 = 9; on 10000000 give 3, 11 - 3 = 8;
        // 00000005 gives 10 -> remainder 10 -> 11 - 10 = 1; search a prefix that yields check digit 10:
        String prefix = findPrefixWithCheckTen();
        for (int last = 0; last <= 9; last++) {
            assertThat(OrganisationNumber.isValid(prefix + last)).isFalse();
        }
    }

    @Test
    void equal_numbers_are_equal_values() {
        assertThat(OrganisationNumber.parse("974 703 300")).isEqualTo(OrganisationNumber.parse("974703300"));
    }

    private static String findPrefixWithCheckTen() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int n = 0; n < 100_000_000; n++) {
            String prefix = String.format("%08d", n);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += weights[i] * (prefix.charAt(i) - '0');
            }
            if (11 - sum % 11 == 10) {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
