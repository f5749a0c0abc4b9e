package no.samhandling.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NorwegianNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1 234,50|1234.50", "-12,5|-12.5", "1.234,50|1234.50", "12.5|12.5", "1.234|1234", "2028|2028",
            "\u221212,5|-12.5", "1\u00A0234\u00A0567|1234567", "1\u202F234,5|1234.5", " 0,75 |0.75"})
    void reads_what_norwegians_type(String typed, String expected) {
        assertThat(NorwegianNumbers.parse(typed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5,3", "abc", "1 234,5 kr", "--4", "1,2.3"})
    void refuses_what_is_not_a_number_instead_of_truncating(String typed) {
        assertThatThrownBy(() -> NorwegianNumbers.parse(typed)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.5", "-1234567.25", "0", "-0.5"})
    void what_the_jdk_prints_in_nb_NO_and_what_we_print_both_read_back(String value) {
        BigDecimal number = new BigDecimal(value);
        String jdk = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO")).format(number);

        assertThat(NorwegianNumbers.parse(jdk).orElseThrow()).isEqualByComparingTo(number);
        assertThat(NorwegianNumbers.parse(NorwegianNumbers.format(number)).orElseThrow()).isEqualByComparingTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void nothing_typed_is_no_number(String typed) {
        assertThat(NorwegianNumbers.parse(typed)).isEmpty();
    }
}
