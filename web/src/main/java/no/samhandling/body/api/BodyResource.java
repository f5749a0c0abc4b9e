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
import no.samhandling.body.boundary.BodyDetails;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodySummary;
import no.samhandling.body.boundary.MemberLine;
import no.samhandling.body.boundary.NewMember;
import no.samhandling.rules.RuleViolation;

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
    public MemberLine addMember(@PathParam("id") long id, NewMember member) {
        if (member == null) {
            throw RuleViolation.invalidField("body", "error.badRequest");
        }
        return bodies.addMember(id, member);
    }
}
