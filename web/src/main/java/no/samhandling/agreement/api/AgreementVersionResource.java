package no.samhandling.agreement.api;

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
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NewApproval;
import no.samhandling.agreement.boundary.NewVersion;
import no.samhandling.agreement.boundary.VersionDetails.DocumentLine;
import no.samhandling.agreement.boundary.VersionDetails;
import no.samhandling.agreement.boundary.VersionLine;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.DocumentKind;
import no.samhandling.api.CreatedAnswer;
import no.samhandling.api.Downloads;
import no.samhandling.rules.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/** The agreement's versions on their way to force (R-AGR-1), their consultations (R-AGR-2), documents, guidelines. */
@Path("/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementVersionResource {

    /** The next step as the client asks for it, against the version of the record it saw. */
    public record Step(Long version, AgreementStatus target, String note) implements java.io.Serializable {
    }

    public record Plan(Long version, Long ownerBodyId, LocalDate validFrom, Integer nextRevisionYear) implements java.io.Serializable {
    }

    public record Exception(Long version, String reason) implements java.io.Serializable {
    }

    public record Consultation(Long version, LocalDate heldOn, String outcome) implements java.io.Serializable {
    }

    @Inject
    AgreementVersionService versions;

    @GET
    @Path("versions")
    public List<VersionLine> versions() {
        return versions.versions();
    }

    @POST
    @Path("versions")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response create(NewVersion version, @Context UriInfo uri) {
        long id = versions.createDraft(version);
        return CreatedAnswer.at(uri, versions.details(id), "agreement", "versions", id);
    }

    @GET
    @Path("versions/{id}")
    public VersionDetails details(@PathParam("id") long id) {
        return versions.details(id);
    }

    @PUT
    @Path("versions/{id}/plan")
    public VersionDetails plan(@PathParam("id") long id, Plan plan) {
        versions.plan(id, seen(plan == null ? null : plan.version()),
                new NewVersion(null, plan.ownerBodyId(), plan.validFrom(), plan.nextRevisionYear()));
        return versions.details(id);
    }

    @POST
    @Path("versions/{id}/steps")
    public VersionDetails step(@PathParam("id") long id, Step step) {
        long seen = seen(step == null ? null : step.version());
        return versions.advance(id, seen, step.target(), step.note());
    }

    @POST
    @Path("versions/{id}/approvals")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response approve(@PathParam("id") long id, NewApproval approval) {
        versions.addApproval(id, approval);
        return CreatedAnswer.of(versions.details(id));
    }

    @DELETE
    @Path("versions/{id}/approvals/{approvalId}")
    public VersionDetails removeApproval(@PathParam("id") long id, @PathParam("approvalId") long approvalId) {
        versions.removeApproval(id, approvalId);
        return versions.details(id);
    }

    @POST
    @Path("versions/{id}/consultation-exception")
    public VersionDetails exempt(@PathParam("id") long id, Exception exception) {
        versions.exemptConsultations(id, seen(exception == null ? null : exception.version()), exception.reason());
        return versions.details(id);
    }

    @PUT
    @Path("consultations/{id}")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response consult(@PathParam("id") long id, Consultation consultation) {
        versions.recordConsultation(id, seen(consultation == null ? null : consultation.version()),
                consultation.heldOn(), consultation.outcome(), null, null);
        return Response.noContent().build();
    }

    /** The PDF as the body; kind, title and file name in the query. */
    @POST
    @Path("versions/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response upload(@PathParam("id") long id, @QueryParam("kind") DocumentKind kind,
                           @QueryParam("title") String title, @QueryParam("fileName") String fileName, byte[] content,
                           @Context UriInfo uri) {
        long documentId = versions.uploadDocument(id, kind, title, fileName, content);
        return CreatedAnswer.at(uri, new Created(documentId), "agreement", "documents", documentId);
    }

    @GET
    @Path("documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return Downloads.of(versions.document(id));
    }

    @GET
    @Path("guidelines")
    public List<DocumentLine> guidelines() {
        return versions.guidelines();
    }

    /** A guideline (§3) as the body; area, title, label and valid-from day (yyyy-mm-dd) in the query. */
    @POST
    @Path("guidelines")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response guideline(@QueryParam("areaId") Long areaId, @QueryParam("title") String title,
                              @QueryParam("label") String label, @QueryParam("validFrom") String validFrom,
                              @QueryParam("fileName") String fileName, byte[] content, @Context UriInfo uri) {
        long documentId = versions.uploadGuideline(seen(areaId, "areaId"), title, label, day(validFrom), fileName,
                content);
        return CreatedAnswer.at(uri, new Created(documentId), "agreement", "documents", documentId);
    }

    public record Created(long id) implements java.io.Serializable {
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.invalidField("validFrom", "input.date.invalid");
        }
    }

    private static long seen(Long version) {
        return seen(version, "version");
    }

    private static long seen(Long value, String field) {
        if (value == null) {
            throw RuleViolation.invalidField(field, "input.required");
        }
        return value;
    }
}
