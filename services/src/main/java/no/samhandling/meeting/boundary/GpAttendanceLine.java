package no.samhandling.meeting.boundary;

import java.time.LocalDate;

/** One GP's attendance at one meeting: a line of the report for paid GP participation (R-BODY-7, §5.1). */
public record GpAttendanceLine(LocalDate date, String body, String meeting, String gp, String status, String deputyFor) implements java.io.Serializable {
}
