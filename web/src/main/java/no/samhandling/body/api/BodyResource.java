package no.samhandling.body.api;

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
import no.samhandling.api.CreatedAnswer;
import no.samhandling.body.boundary.BodyDetails;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodySummary;
import no.samhandling.body.boundary.LeadershipLine;
import no.samhandling.body.boundary.MemberLine;
import no.samhandling.body.boundary.NewMember;
import no.samhandling.body.entity.Party;
import no.samhandling.rules.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Bodies, their members on a day and their deviations from the agreement's composition. */
@Path("/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BodyResource {

    @Inject
    BodyService bodies;

    @GET
    public List<BodySummary> list() {
        return bodies.list();
    }

    /** {@code on}: ISO date (2026-11-25); today when left out. */
    @GET
    @Path("{id}")
    public BodyDetails get(@PathParam("id") long id, @QueryParam("on") String on) {
        try {
            return bodies.get(id, on == null || on.isBlank() ? null : LocalDate.parse(on));
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalidField("on", "input.date.invalid");
        }
    }

    @POST
    @Path("{id}/members")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberLine.class)))
    public Response addMember(@PathParam("id") long id, NewMember member) {
        if (member == null) {
            throw RuleViolation.invalidField("body", "error.badRequest");
        }
        return CreatedAnswer.of(bodies.addMember(id, member));
    }

    /**
     * Appoints a body's leader for a term (R-BODY-4: the parties alternate; AU's leadership is the opposite of SSU's).
     * {@code version} is the body's version the client saw.
     */
    @POST
    @Path("{id}/leadership")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new leadership term")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadershipLine.class)))
    public Response appointLeader(@PathParam("id") long id, Appointment appointment) {
        if (appointment == null || appointment.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        if (appointment.personId() == null) {
            throw RuleViolation.invalidField("personId", "input.required");
        }
        if (appointment.party() == null) {
            throw RuleViolation.invalidField("party", "input.required");
        }
        if (appointment.from() == null) {
            throw RuleViolation.invalidField("from", "input.required");
        }
        LeadershipLine line = bodies.appointLeader(id, appointment.version(), appointment.personId(),
                appointment.party(), appointment.from(), appointment.to());
        return CreatedAnswer.of(line);
    }

    /** A leader for a term: who, for which party, from (and to) which day. */
    public record Appointment(Long version, Long personId, Party party, LocalDate from, LocalDate to) implements java.io.Serializable {
    }
}
