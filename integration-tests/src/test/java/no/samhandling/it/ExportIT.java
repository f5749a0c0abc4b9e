package no.samhandling.it;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every register list downloads as CSV for Excel and as an Excel workbook, over HTTP as the demo's secretariat, and
 * both parse to the same headings and number of rows; the access of the lists holds for the downloads.
 */
@BlackBox
class ExportIT {

    private static final String DEMO_PASSWORD = "samhandling-demo";
    private static final List<String> REGISTERS = List.of("partners", "bodies", "people", "meetings", "cases",
            "follow-up", "disputes", "deadlines", "agreement-versions", "users");

    @Test
    void every_register_exports_to_csv_and_excel_with_the_same_content() throws Exception {
        for (String register : REGISTERS) {
            HttpResponse<String> csv = Http.get("api/exports/" + register + ".csv", "sekretariat", DEMO_PASSWORD);
            HttpResponse<byte[]> xlsx = Http.download("api/exports/" + register + ".xlsx", "sekretariat", DEMO_PASSWORD);

            assertThat(csv.statusCode()).as(register).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(xlsx.statusCode()).as(register).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
            String[] lines = csv.body().substring(1).split("\r\n");
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getFirstSheet();
                List<Row> rows = sheet.read();
                assertThat(rows).as(register + ": rows").hasSize(lines.length);
                List<String> headings = rows.get(0).stream().map(c -> c.getText()).toList();
                assertThat(String.join(";", headings)).as(register + ": headings").isEqualTo(lines[0]);
            }
        }
        HttpResponse<String> partners = Http.get("api/exports/partners.csv", "sekretariat", DEMO_PASSWORD);
        assertThat(partners.body()).startsWith("\uFEFFNavn;Type;Kommunenummer").contains("Lillestrøm;MUNICIPALITY;3205");
    }

    @Test
    void downloads_keep_the_lists_access_and_an_unknown_register_is_not_found() throws Exception {
        HttpResponse<String> users = Http.get("api/exports/users.xlsx", "lillestrom", DEMO_PASSWORD);
        HttpResponse<String> unknown = Http.get("api/exports/secrets.csv", "sekretariat", DEMO_PASSWORD);

        assertThat(users.statusCode()).as("only the secretariat reads the users").isEqualTo(403);
        assertThat(users.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
