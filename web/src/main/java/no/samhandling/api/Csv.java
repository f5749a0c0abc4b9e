package no.samhandling.api;

import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CSV as Norwegian Excel opens it: semicolons, CRLF, a UTF-8 byte order mark, cells quoted where needed (Apache Commons
 * CSV: separators, quotes and line breaks, however many) and never read as formulas.
 */
public final class Csv {

    private static final CSVFormat EXCEL_NB = CSVFormat.EXCEL.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** What a spreadsheet would start a formula with (OWASP's list); a minus only when the cell is not a number. */
    private static final Pattern FORMULA = Pattern.compile("^[=+@\\t\\r].*|^-.*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d \\u00A0.,]*");

    private Csv() {
    }

    /** The table as a download with the given file name. */
    public static Response download(String fileName, List<String> header, Stream<List<String>> rows) {
        return Response.ok(table(header, rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", Downloads.disposition(fileName)).build();
    }

    public static String table(List<String> header, Stream<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, EXCEL_NB)) {
            printer.printRecord(header.stream().map(Csv::guarded));
            for (List<String> row : (Iterable<List<String>>) rows::iterator) {
                printer.printRecord(row.stream().map(Csv::guarded));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** One cell as it is written: guarded against formulas, then quoted where needed. */
    static String cell(String value) {
        return EXCEL_NB.format(guarded(value));
    }

    /** Keeps a spreadsheet from reading a cell as a formula: such a cell starts with an apostrophe. */
    static String guarded(String value) {
        if (value == null) {
            return "";
        }
        return FORMULA.matcher(value).matches() && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
