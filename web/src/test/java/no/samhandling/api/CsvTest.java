package no.samhandling.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    /** The rows as Excel (or any RFC 4180 reader) reads the file back. */
    private static List<List<String>> readBack(String csv) throws IOException {
        CSVFormat excel = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        return excel.parse(new StringReader(csv.substring(1))).getRecords().stream().map(CSVRecord::toList).toList();
    }

    @Test
    void cells_are_quoted_when_needed_and_never_read_as_formulas() {
        assertThat(Csv.cell("SSU-møte")).isEqualTo("SSU-møte");
        assertThat(Csv.cell("A;B")).isEqualTo("\"A;B\"");
        assertThat(Csv.cell("Si \"hei\"")).isEqualTo("\"Si \"\"hei\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.guarded(null)).isEmpty();
    }

    @Test
    void a_table_has_a_byte_order_mark_a_header_and_crlf_lines() {
        assertThat(Csv.table(List.of("Nummer", "Tittel"), Stream.of(List.of("1/2026", "Utskrivning; rutine"))))
                .isEqualTo("\uFEFFNummer;Tittel\r\n1/2026;\"Utskrivning; rutine\"\r\n");
    }

    @Test
    void a_value_with_several_line_breaks_stays_one_cell_and_a_formula_after_them_does_not_start_a_row()
            throws IOException {
        String csv = Csv.table(List.of("Nummer", "Merknad"), Stream.of(
                List.of("1/2026", "Første linje\nandre linje\r\ntredje linje"),
                List.of("2/2026", "Notat\n=HYPERLINK(\"http://x\")\n@SUM(A1)")));

        assertThat(readBack(csv)).containsExactly(
                List.of("Nummer", "Merknad"),
                List.of("1/2026", "Første linje\nandre linje\r\ntredje linje"),
                List.of("2/2026", "Notat\n=HYPERLINK(\"http://x\")\n@SUM(A1)"));
    }

    @Test
    void a_negative_amount_stays_a_number_while_anything_else_that_starts_a_formula_is_text() throws IOException {
        String csv = Csv.table(List.of("Beløp", "Tekst"), Stream.of(
                List.of("-1 234,50", "=1+1"), List.of("-500", "+47 22 00 00 00"), List.of("-3.5", "-ikke et tall")));

        assertThat(readBack(csv)).containsExactly(
                List.of("Beløp", "Tekst"),
                List.of("-1 234,50", "'=1+1"),
                List.of("-500", "'+47 22 00 00 00"),
                List.of("-3.5", "'-ikke et tall"));
    }
}
