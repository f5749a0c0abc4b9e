package no.samhandling.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Dates as Norwegians type them — 05.03.2026, 5.3.2026, 05.03.26 — always shown as dd.MM.yyyy. Impossible dates
 * (31.02.2026) are refused, never rolled over; other orders (2026-03-05) are refused rather than guessed.
 */
@FacesConverter("norwegianDate")
public class NorwegianDateConverter implements Converter<LocalDate> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().appendPattern("d.M.")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).toFormatter().withResolverStyle(ResolverStyle.STRICT));

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw refused(context, value, "input.date.invalid", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SHOWN.format(value);
    }

    /** A day as the pages show it (dd.mm.åååå), for texts that name it inside a sentence. */
    public static String shown(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }

    /**
     * The message for a date that could not be read: written right but no day of the calendar (31.02.2026) says so;
     * anything else says how to write one (the key given).
     */
    static ConverterException refused(FacesContext context, String value, String formatKey, Exception cause) {
        String text = looksLikeADay(value)
                ? java.text.MessageFormat.format(RuleViolationMessages.text(context, "input.date.noSuchDay"),
                    value.strip().split("\\s+")[0])
                : RuleViolationMessages.text(context, formatKey);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), cause);
    }

    /** Written as a day is (d.m.yyyy or d.m.yy, perhaps with a time after it), whether or not the calendar has it. */
    static boolean looksLikeADay(String value) {
        return value != null && value.strip().matches("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})(\\s.*)?");
    }

    /** The day typed, or null when nothing was; {@link DateTimeParseException} when it is no day. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        DateTimeParseException last = null;
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }
}
