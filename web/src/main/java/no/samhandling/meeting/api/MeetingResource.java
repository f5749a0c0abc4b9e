package no.samhandling.meeting.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import no.samhandling.api.Paging;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import no.samhandling.api.Csv;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.meeting.boundary.CadenceGap;
import no.samhandling.meeting.boundary.GpAttendanceLine;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.meeting.control.MeetingCalendar;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.rules.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Meetings, attendance, and the report of paid GP participation (R-BODY-7) as JSON or CSV for Excel. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    Clock clock;

    /** One person's attendance as the secretariat records it. */
    public record AttendanceRecord(Long personId, AttendanceStatus status, Long deputyForPersonId) implements java.io.Serializable {
    }

    @Inject
    MeetingService meetings;

    @Inject
    FollowUpService followUp;

    @Inject
    no.samhandling.body.boundary.BodyService bodies;

    @GET
    @Path("meetings")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        return paging.answer(meetings.list(paging.offset(), paging.size()), meetings.count(), uri);
    }

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response create(NewMeeting meeting, @Context UriInfo uri) {
        if (meeting == null) {
            throw RuleViolation.invalidField("bodyId", "input.required");
        }
        long id = meetings.create(meeting);
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(id)).build())
                .entity(meetings.details(id)).build();
    }

    @GET
    @Path("meetings/{id}")
    public MeetingDetails details(@PathParam("id") long id) {
        return meetings.details(id);
    }

    @GET
    @Path("meetings/cadence")
    public List<CadenceGap> cadence() {
        return meetings.cadence();
    }

    /** Approval of the minutes, at this meeting (no body) or at a later one of the same body. */
    public record Approval(Long atMeetingId) implements java.io.Serializable {
    }

    @POST
    @Path("meetings/{id}/minutes/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response approve(@PathParam("id") long id, Approval approval) {
        meetings.approveMinutes(id, approval == null ? null : approval.atMeetingId());
        return Response.noContent().build();
    }

    /** The invitation for calendars (RFC 5545). */
    @GET
    @Path("meetings/{id}/invitation.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response invitation(@PathParam("id") long id, @Context UriInfo uri) {
        String ics = MeetingCalendar.ics(meetings.details(id), uri.getBaseUri().getHost(), clock.instant());
        return Response.ok(ics).header("Content-Disposition", "attachment; filename=\"mote-" + id + ".ics\"").build();
    }

    /** The signed-in user's calendar feed: the coming meetings of every body they sit in (subscribe with Basic auth). */
    @GET
    @Path("me/meetings.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response myMeetings(@Context UriInfo uri) {
        List<MeetingDetails> mine = bodies.mine().nextMeetings().stream()
                .map(m -> meetings.details(m.meetingId())).toList();
        String ics = MeetingCalendar.feed(mine, uri.getBaseUri().getHost(), clock.instant(), "Samhandling – mine møter");
        return Response.ok(ics).header("Content-Disposition", "inline; filename=\"mine-moter.ics\"").build();
    }

    @GET
    @Path("meetings/{id}/notice.pdf")
    @Produces("application/pdf")
    public Response notice(@PathParam("id") long id) {
        return pdf(meetings.noticePdf(meetings.details(id)), "innkalling-" + id + ".pdf");
    }

    @GET
    @Path("meetings/{id}/minutes.pdf")
    @Produces("application/pdf")
    public Response minutes(@PathParam("id") long id) {
        MeetingDetails meeting = meetings.details(id);
        return pdf(meetings.minutesPdf(meeting, followUp.byCase(meeting)), "protokoll-" + id + ".pdf");
    }

    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @POST
    @Path("meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Done; no content")
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
        return Csv.download("fastlegedeltakelse-" + from + "-" + to + ".csv",
                List.of("Dato", "Organ", "Møte", "Fastlege", "Status", "Vara for"),
                lines.stream().map(l -> java.util.Arrays.asList(l.date().toString(), l.body(), l.meeting(), l.gp(),
                        l.status(), l.deputyFor())));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw RuleViolation.invalidField(field, "input.date.invalid");
        }
    }
}
