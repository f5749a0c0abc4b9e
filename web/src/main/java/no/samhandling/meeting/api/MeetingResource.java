package no.samhandling.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samhandling.meeting.boundary.GpAttendanceLine;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.MeetingSummary;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.rules.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Meetings, attendance, and the report of paid GP participation (R-BODY-7) as JSON or CSV for Excel. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    /** One person's attendance as the secretariat records it. */
    public record AttendanceRecord(Long personId, AttendanceStatus status, Long deputyForPersonId) {
    }

    @Inject
    MeetingService meetings;

    @GET
    @Path("meetings")
    public List<MeetingSummary> list() {
        return meetings.list();
    }

    @POST
    @Path("meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") long meetingId, AttendanceRecord attendance) {
        if (attendance == null || attendance.personId() == null) {
            throw RuleViolation.invalidField("personId", "membership.person.unknown");
        }
        meetings.recordAttendance(meetingId, attendance.personId(), attendance.status(), attendance.deputyForPersonId());
        return Response.noContent().build();
    }

    @GET
    @Path("reports/gp-attendance")
    public List<GpAttendanceLine> gpAttendance(@QueryParam("from") String from, @QueryParam("to") String to) {
        return meetings.gpAttendance(date("from", from), date("to", to));
    }

    /** The same report as CSV (UTF-8 with BOM, semicolons) that Norwegian Excel opens as it is. */
    @GET
    @Path("reports/gp-attendance.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response gpAttendanceCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<GpAttendanceLine> lines = meetings.gpAttendance(date("from", from), date("to", to));
        String csv = Stream.concat(Stream.of("Dato;Organ;Møte;Fastlege;Status;Vara for"),
                        lines.stream().map(l -> Stream.of(l.date().toString(), l.body(), l.meeting(), l.gp(), l.status(),
                                l.deputyFor()).map(MeetingResource::cell).collect(Collectors.joining(";"))))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return Response.ok(csv).header("Content-Disposition",
                "attachment; filename=\"fastlegedeltakelse-" + from + "-" + to + ".csv\"").build();
    }

    /** Quotes where needed, and keeps a spreadsheet from reading a cell as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return safe.matches(".*[;\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw RuleViolation.invalidField(field, "input.date.invalid");
        }
    }
}
