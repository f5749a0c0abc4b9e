package no.samhandling.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NorwegianDateTimeConverterTest {

    @ParameterizedTest
    @ValueSource(strings = {"05.03.2027 10:00", "5.3.2027 10:00", "5.3.27 10.00", "05.03.2027 kl. 10:00",
            "5.3.2027 kl 10.00", " 5.3.2027   10:00 "})
    void reads_a_day_and_a_time_the_ways_norwegians_write_them(String typed) {
        assertThat(NorwegianDateTimeConverter.parse(typed)).isEqualTo(LocalDateTime.of(2027, 3, 5, 10, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2027 10:00", "05.03.2027", "05.03.2027 25:00", "05.03.2027 10:75",
            "2027-03-05T10:00", "i morgen kl 10"})
    void refuses_impossible_or_incomplete_moments(String typed) {
        assertThatThrownBy(() -> NorwegianDateTimeConverter.parse(typed)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void nothing_typed_is_no_moment(String typed) {
        assertThat(NorwegianDateTimeConverter.parse(typed)).isNull();
    }
}
