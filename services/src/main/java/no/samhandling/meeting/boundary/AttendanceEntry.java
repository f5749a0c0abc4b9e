package no.samhandling.meeting.boundary;

import no.samhandling.meeting.entity.AttendanceStatus;

/** One line of a meeting's attendance table: a person's attendance and, for a deputy, whom they sit for. */
public record AttendanceEntry(long personId, AttendanceStatus status, Long deputyForPersonId) implements java.io.Serializable {
}
