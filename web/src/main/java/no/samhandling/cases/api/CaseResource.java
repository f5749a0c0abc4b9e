package no.samhandling.cases.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.api.CreatedAnswer;
import no.samhandling.api.Downloads;
import no.samhandling.api.Paging;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseDetails;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.cases.entity.FollowUpStatus;
import no.samhandling.rules.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cases and their procedure (R-CASE-1 … R-CASE-7): register and describe, papers, the agenda, the meeting's outcome,
 * decisions and their correction, follow-up actions, GP input and conflicts of interest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** Where a case goes on an agenda; an exception reason is needed when its papers are late (R-CASE-3). */
    public record Scheduling(Long meetingId, Integer part, String exceptionReason) implements java.io.Serializable {
    }

    public record Note(String text) implements java.io.Serializable {
    }

    public record DecisionRequest(String text, Set<Long> objectingPersonIds) implements java.io.Serializable {
    }

    public record Correction(Long version, String text, String reason) implements java.io.Serializable {
    }

    public record Referral(Long bodyId, String note) implements java.io.Serializable {
    }

    public record NewAction(String description, Long responsiblePartnerId, LocalDate dueOn) implements java.io.Serializable {
    }

    public record ActionReport(Long version, FollowUpStatus status, String note) implements java.io.Serializable {
    }

    public record GpInput(Long personId, String text) implements java.io.Serializable {
    }

    public record Disqualification(Long personId, String reason, String decidedBy) implements java.io.Serializable {
    }

    public record CaseUpdate(Long version, CaseText text) implements java.io.Serializable {
    }

    @Inject
    CaseService cases;

    @Inject
    AgendaService agenda;

    @Inject
    FollowUpService followUp;

    @GET
    @Path("cases")
    public Response search(@QueryParam("text") String text, @QueryParam("bodyId") Long bodyId,
                           @QueryParam("year") Integer year, @QueryParam("areaId") Long areaId,
                           @QueryParam("priorityGroupId") Long priorityGroupId,
                           @QueryParam("status") CaseStatus status, @QueryParam("proposedById") Long proposedById,
                           @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        CaseQuery query = new CaseQuery(text, bodyId, year, areaId, priorityGroupId, status, proposedById);
        return paging.answer(cases.search(query, paging.offset(), paging.size()), cases.count(query), uri);
    }

    @POST
    @Path("cases")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response register(NewCase newCase, @Context UriInfo uri) {
        long id = cases.register(required(newCase, "bodyId"));
        return Response.created(uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).build())
                .entity(cases.details(id)).build();
    }

    @GET
    @Path("cases/{id}")
    public CaseDetails details(@PathParam("id") long id) {
        return cases.details(id);
    }

    @PUT
    @Path("cases/{id}")
    public CaseDetails update(@PathParam("id") long id, CaseUpdate update) {
        required(update, "version");
        cases.update(id, required(update.version(), "version"), required(update.text(), "title"));
        return cases.details(id);
    }

    /** The paper's bytes as the body; its name in the query. Type and size are checked by content. */
    @POST
    @Path("cases/{id}/papers")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName, byte[] content,
                           @Context UriInfo uri) {
        CaseDetails.PaperLine paper = cases.uploadPaper(id, fileName, content);
        return CreatedAnswer.at(uri, paper, "cases", id, "papers", paper.id());
    }

    @GET
    @Path("cases/{id}/papers/{paperId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("paperId") long paperId) {
        return Downloads.of(cases.paper(id, paperId));
    }

    @POST
    @Path("cases/{id}/gp-input")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response gpInput(@PathParam("id") long id, GpInput input) {
        cases.addGpInput(id, required(required(input, "personId").personId(), "personId"), input.text());
        return Response.noContent().build();
    }

    @POST
    @Path("cases/{id}/conflicts-of-interest")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response conflict(@PathParam("id") long id, Disqualification d) {
        cases.recordConflictOfInterest(id, required(required(d, "personId").personId(), "personId"), d.reason(),
                d.decidedBy());
        return Response.noContent().build();
    }

    @POST
    @Path("cases/{id}/agenda")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response schedule(@PathParam("id") long id, Scheduling scheduling) {
        required(scheduling, "meetingId");
        long itemId = agenda.schedule(required(scheduling.meetingId(), "meetingId"), id, scheduling.part(),
                scheduling.exceptionReason());
        return Response.status(Response.Status.CREATED).entity(new Created(itemId)).build();
    }

    public record Created(long id) implements java.io.Serializable {
    }

    /** Takes a case off a coming meeting's agenda that has not handled it. */
    @DELETE
    @Path("agenda-items/{id}")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response unschedule(@PathParam("id") long itemId) {
        agenda.unschedule(itemId);
        return Response.noContent().build();
    }

    @POST
    @Path("agenda-items/{id}/exception")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response exception(@PathParam("id") long itemId, Note note) {
        agenda.grantException(itemId, note == null ? null : note.text());
        return Response.noContent().build();
    }

    @POST
    @Path("agenda-items/{id}/discussion")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response discussion(@PathParam("id") long itemId, Note note) {
        agenda.recordDiscussion(itemId, note == null ? null : note.text());
        return Response.noContent().build();
    }

    @POST
    @Path("agenda-items/{id}/decision")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response decide(@PathParam("id") long itemId, DecisionRequest request) {
        required(request, "text");
        return Response.status(Response.Status.CREATED)
                .entity(new Created(agenda.decide(itemId, request.text(), request.objectingPersonIds()))).build();
    }

    @POST
    @Path("agenda-items/{id}/continuation")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response continuation(@PathParam("id") long itemId, Note note) {
        agenda.continueCase(itemId, note == null ? null : note.text());
        return Response.noContent().build();
    }

    @POST
    @Path("agenda-items/{id}/no-consensus")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response noConsensus(@PathParam("id") long itemId, Note note) {
        agenda.recordNoConsensus(itemId, note == null ? null : note.text());
        return Response.noContent().build();
    }

    @POST
    @Path("agenda-items/{id}/referral")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response referral(@PathParam("id") long itemId, Referral referral, @Context UriInfo uri) {
        required(referral, "bodyId");
        long referred = agenda.refer(itemId, required(referral.bodyId(), "bodyId"), referral.note());
        return CreatedAnswer.at(uri, new Created(referred), "cases", referred);
    }

    @PUT
    @Path("decisions/{id}")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response correct(@PathParam("id") long decisionId, Correction correction) {
        required(correction, "version");
        agenda.correctDecision(decisionId, required(correction.version(), "version"), correction.text(),
                correction.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("decisions/{id}/follow-up")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response addAction(@PathParam("id") long decisionId, NewAction action) {
        required(action, "description");
        return Response.status(Response.Status.CREATED).entity(new Created(followUp.add(decisionId,
                action.description(), action.responsiblePartnerId(), action.dueOn()))).build();
    }

    @GET
    @Path("follow-up")
    public Response followUp(@QueryParam("open") Boolean openOnly, @QueryParam("page") String page,
                             @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        boolean open = !Boolean.FALSE.equals(openOnly);
        return paging.answer(followUp.list(open, paging.offset(), paging.size()), followUp.count(open), uri);
    }

    @PUT
    @Path("follow-up/{id}")
    public FollowUpLine report(@PathParam("id") long actionId, ActionReport report) {
        required(report, "version");
        return followUp.report(actionId, required(report.version(), "version"), report.status(), report.note());
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw RuleViolation.invalidField(field, "input.required");
        }
        return value;
    }
}
