package no.samhandling.api;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV as Norwegian Excel opens it: semicolons, CRLF, a UTF-8 byte order mark, cells quoted where needed and never read
 * as formulas.
 */
public final class Csv {

    private Csv() {
    }

    /** The table as a download with the given file name. */
    public static Response download(String fileName, List<String> header, Stream<List<String>> rows) {
        return Response.ok(table(header, rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", Downloads.disposition(fileName)).build();
    }

    public static String table(List<String> header, Stream<List<String>> rows) {
        return Stream.concat(Stream.of(header), rows)
                .map(row -> row.stream().map(Csv::cell).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    }

    /** Quotes where needed, and keeps a spreadsheet from reading a cell as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return safe.matches(".*[;\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
