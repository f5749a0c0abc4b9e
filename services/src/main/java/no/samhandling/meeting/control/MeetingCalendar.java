package no.samhandling.meeting.control;

import no.samhandling.meeting.boundary.MeetingDetails;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An iCalendar (RFC 5545) invitation to one meeting: times in UTC, which every calendar converts, the agenda in the
 * description, a stable UID so that a changed meeting replaces the earlier invitation, SEQUENCE from the version.
 */
public final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    private MeetingCalendar() {
    }

    public static String ics(MeetingDetails meeting, String host, Instant now) {
        return calendar(List.of(meeting), host, now, null);
    }

    /** A user's feed: one calendar with an event per meeting, named so a calendar app can show it as such. */
    public static String feed(List<MeetingDetails> meetings, String host, Instant now, String name) {
        return calendar(meetings, host, now, name);
    }

    private static String calendar(List<MeetingDetails> meetings, String host, Instant now, String name) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Samhandling//Møter//NO",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH"));
        if (name != null) {
            lines.add("X-WR-CALNAME:" + text(name));
        }
        for (MeetingDetails meeting : meetings) {
            lines.addAll(event(meeting, host, now));
        }
        lines.add("END:VCALENDAR");
        return lines.stream().map(MeetingCalendar::fold).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> event(MeetingDetails meeting, String host, Instant now) {
        Instant start = meeting.startsAt().toInstant();
        Instant end = meeting.endsAt() == null ? start.plus(DEFAULT_LENGTH) : meeting.endsAt().toInstant();
        String location = meeting.place() == null ? meeting.digitalLink()
                : meeting.digitalLink() == null ? meeting.place() : meeting.place() + " / " + meeting.digitalLink();
        String agenda = meeting.agenda().stream().filter(MeetingDetails.Entry::onAgenda)
                .map(e -> "Sak " + e.number() + " " + e.title())
                .collect(Collectors.joining("\n"));
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VEVENT",
                "UID:meeting-" + meeting.id() + "@" + host,
                "SEQUENCE:" + meeting.version(),
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(end),
                "SUMMARY:" + text(meeting.bodyCode() + ": " + meeting.title()),
                "LOCATION:" + text(location),
                "DESCRIPTION:" + text(meeting.bodyNameNb() + (agenda.isEmpty() ? "" : "\n\nSaksliste:\n" + agenda))));
        if (meeting.digitalLink() != null) {
            lines.add("URL:" + meeting.digitalLink());
        }
        lines.addAll(List.of("STATUS:CONFIRMED", "END:VEVENT"));
        return lines;
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\n", "\\n");
    }

    /** Lines longer than 75 octets are folded, never inside a UTF-8 character (RFC 5545 §3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
