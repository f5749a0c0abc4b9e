package no.samhandling.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import no.samhandling.platform.control.Resources;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * How the API writes and reads JSON, for integrators (issue 18): a moment is plain ISO 8601 with its offset
 * ({@code 2027-03-05T10:00:00+01:00}, never Java's {@code [Europe/Oslo]} suffix); a moment sent without an offset is
 * Norwegian time; an absent value is an explicit {@code null}, so every field of a resource is always there.
 */
@Provider
public class JsonFormat implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withAdapters(new Moments()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Moments with their offset; without one, the Oslo time they name. */
    public static final class Moments implements JsonbAdapter<ZonedDateTime, String> {

        @Override
        public String adaptToJson(ZonedDateTime moment) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
        }

        @Override
        public ZonedDateTime adaptFromJson(String text) {
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(),
                        ZonedDateTime::from, LocalDateTime::from);
                return parsed instanceof ZonedDateTime zoned ? zoned.withZoneSameInstant(Resources.OSLO)
                        : ((LocalDateTime) parsed).atZone(Resources.OSLO);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO 8601 date and time: " + text, e);
            }
        }
    }
}
