package no.samhandling.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void cells_are_quoted_when_needed_and_never_read_as_formulas() {
        assertThat(Csv.cell("SSU-møte")).isEqualTo("SSU-møte");
        assertThat(Csv.cell("A;B")).isEqualTo("\"A;B\"");
        assertThat(Csv.cell("Si \"hei\"")).isEqualTo("\"Si \"\"hei\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void a_table_has_a_byte_order_mark_a_header_and_crlf_lines() {
        assertThat(Csv.table(List.of("Nummer", "Tittel"), Stream.of(List.of("1/2026", "Utskrivning; rutine"))))
                .isEqualTo("\uFEFFNummer;Tittel\r\n1/2026;\"Utskrivning; rutine\"\r\n");
    }
}
