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
            String text = RuleViolationMessages.text(context, "input.date.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SHOWN.format(value);
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
