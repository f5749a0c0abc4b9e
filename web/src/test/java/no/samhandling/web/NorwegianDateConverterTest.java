package no.samhandling.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NorwegianDateConverterTest {

    @ParameterizedTest
    @ValueSource(strings = {"05.03.2026", "5.3.2026", "05.03.26", " 5.03.2026 "})
    void reads_the_ways_norwegians_write_a_date(String typed) {
        assertThat(NorwegianDateConverter.parse(typed)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "2026-03-05", "05/03/2026", "5.13.2026", "i morgen"})
    void refuses_impossible_or_ambiguous_dates(String typed) {
        assertThatThrownBy(() -> NorwegianDateConverter.parse(typed)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void an_impossible_day_written_right_is_told_apart_from_a_date_written_wrong() {
        assertThat(NorwegianDateConverter.looksLikeADay("31.02.2026")).as("said: the date does not exist").isTrue();
        assertThat(NorwegianDateConverter.looksLikeADay("31.2.27 10:00")).isTrue();
        assertThat(NorwegianDateConverter.looksLikeADay("2026-02-31")).as("said: how to write a date").isFalse();
        assertThat(NorwegianDateConverter.looksLikeADay("i morgen")).isFalse();
    }

    @Test
    void shows_dd_mm_yyyy_and_nothing_for_nothing() {
        assertThat(NorwegianDateConverter.SHOWN.format(LocalDate.of(2024, 9, 12))).isEqualTo("12.09.2024");
        assertThat(NorwegianDateConverter.parse("  ")).isNull();
    }
}
