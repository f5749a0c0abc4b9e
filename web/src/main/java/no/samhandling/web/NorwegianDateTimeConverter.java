package no.samhandling.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and a time as Norwegians type them — the day as {@link NorwegianDateConverter} reads it (05.03.2026,
 * 5.3.2026, 5.3.27), then the time as 10:00, 10.00 or 9:30, with "kl." between if one likes — always shown as
 * dd.MM.yyyy HH:mm. One convention for every date field and every date-and-time field.
 */
@FacesConverter("norwegianDateTime")
public class NorwegianDateTimeConverter implements Converter<LocalDateTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final Pattern TYPED = Pattern.compile("(\\S+)\\s+(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw NorwegianDateConverter.refused(context, value, "meetings.dateTime.invalid", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : SHOWN.format(value);
    }

    /** The moment typed, or null when nothing was; {@link DateTimeParseException} when it is none. */
    static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher typed = TYPED.matcher(value.strip());
        if (!typed.matches()) {
            throw new DateTimeParseException("not a day and a time", value, 0);
        }
        LocalDate day = NorwegianDateConverter.parse(typed.group(1));
        LocalTime time = LocalTime.parse(typed.group(2) + ":" + typed.group(3), TIME);
        return LocalDateTime.of(day, time);
    }
}
