package no.samhandling.api;

import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A register as a table for download: file name (without extension), column headings and rows of plain values
 * (text, numbers, amounts, days, moments, yes/no). Rendered as CSV for Excel or as an Excel workbook, the same content.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) implements java.io.Serializable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code csv} or {@code xlsx} (the path's extension decides; anything else is not routed here). */
    public Response download(String format) {
        return "xlsx".equals(format) ? Xlsx.download(this) : Csv.download(name + ".csv", header,
                rows.stream().map(row -> row.stream().map(Table::text).toList()));
    }

    /** A value as CSV text: days as ISO dates, moments to the minute, yes/no in Norwegian. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean yes) {
            return yes ? "ja" : "nei";
        }
        if (value instanceof ZonedDateTime moment) {
            return MOMENT.format(moment);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value instanceof LocalDate day ? day.toString() : value.toString();
    }
}
