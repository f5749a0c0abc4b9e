package no.samhandling.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * An Excel workbook (.xlsx) of a table, streamed: one sheet, bold headings, the heading row frozen, days and moments
 * as Excel dates (shown dd.mm.yyyy), numbers as numbers. Text is always written as text, never as a formula.
 * fastexcel writes the OOXML directly — a few hundred kilobytes instead of Apache POI's many megabytes.
 */
public final class Xlsx {

    private static final int SHEET_NAME_MAX = 31;

    private Xlsx() {
    }

    public static Response download(Table table) {
        StreamingOutput body = out -> {
            Workbook workbook = new Workbook(out, "Samhandling", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (var row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r, c, row.get(c));
                }
                r++;
            }
            workbook.finish();
        };
        return Response.ok(body, Table.XLSX)
                .header("Content-Disposition", Downloads.disposition(table.name() + ".xlsx")).build();
    }

    private static void write(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate day) {
            sheet.value(r, c, day);
            sheet.style(r, c).format("dd.mm.yyyy").set();
        } else if (value instanceof ZonedDateTime moment) {
            sheet.value(r, c, moment);
            sheet.style(r, c).format("dd.mm.yyyy hh:mm").set();
        } else {
            sheet.value(r, c, Table.text(value));
        }
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX) : clean;
    }
}
