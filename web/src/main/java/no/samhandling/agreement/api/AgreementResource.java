package no.samhandling.agreement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionSummary;
import no.samhandling.agreement.boundary.NoticeLine;
import no.samhandling.agreement.boundary.PublicationStatus;
import no.samhandling.agreement.boundary.ReviewLine;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.api.CreatedAnswer;
import no.samhandling.rules.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/** The framework agreement's versions and their bilateral signatures (R-AGR-3). */
@Path("/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    /** A party's signature as an API client records it. */
    public record NewSignature(Long partnerId, LocalDate signedOn, SignatoryRole signatoryRole) implements java.io.Serializable {
    }

    @Inject
    AgreementService agreements;

    @GET
    @Path("current")
    public AgreementVersionSummary current() {
        return agreements.summary(agreements.currentVersionId());
    }

    @GET
    @Path("versions/{id}/signatures")
    public List<SignatureLine> signatures(@PathParam("id") long versionId) {
        return agreements.signatures(versionId);
    }

    @POST
    @Path("versions/{id}/signatures")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatureLine.class)))
    public Response sign(@PathParam("id") long versionId, NewSignature signature) {
        if (signature == null || signature.partnerId() == null) {
            throw RuleViolation.invalidField("partnerId", "agreement.signature.partnerRequired");
        }
        return CreatedAnswer.of(agreements.recordSignature(versionId, signature.partnerId(), signature.signedOn(),
                signature.signatoryRole()));
    }

    /** The publication as the hospital records it (R-AGR-4). */
    public record Publication(LocalDate publishedOn, String publishedUrl, LocalDate directorateNotifiedOn) implements java.io.Serializable {
    }

    /** A party's written notice (R-AGR-7, R-AGR-8). */
    public record Notice(Long partnerId, NoticeKind kind, LocalDate receivedOn, String reason) implements java.io.Serializable {
    }

    @GET
    @Path("versions/{id}/publication")
    public PublicationStatus publication(@PathParam("id") long versionId) {
        return agreements.publication(versionId);
    }

    @POST
    @Path("versions/{id}/publication")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationStatus.class)))
    public Response publish(@PathParam("id") long versionId, Publication publication, @Context UriInfo uri) {
        if (publication == null) {
            throw RuleViolation.invalidField("publishedOn", "agreement.publication.date");
        }
        return CreatedAnswer.at(uri, agreements.publish(versionId, publication.publishedOn(),
                publication.publishedUrl(), publication.directorateNotifiedOn()), "agreement", "versions", versionId,
                "publication");
    }

    @GET
    @Path("notices")
    public List<NoticeLine> notices() {
        return agreements.notices();
    }

    @POST
    @Path("notices")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeLine.class)))
    public Response notice(Notice notice) {
        if (notice == null || notice.partnerId() == null) {
            throw RuleViolation.invalidField("partnerId", "agreement.signature.partnerRequired");
        }
        return CreatedAnswer.of(agreements.recordNotice(notice.partnerId(), notice.kind(), notice.receivedOn(),
                notice.reason()));
    }

    /** A yearly review as planned (R-AGR-6), or its recorded outcome. */
    public record Review(Long version, java.time.LocalDate plannedOn, java.time.LocalDate heldOn, String summary) implements java.io.Serializable {
    }

    @GET
    @Path("reviews")
    public List<ReviewLine> reviews() {
        return agreements.reviews();
    }

    @POST
    @Path("reviews")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewLine.class)))
    public Response planReview(Review review) {
        long id = agreements.planReview(review == null ? null : review.plannedOn());
        return CreatedAnswer.of(agreements.reviews().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
    }

    @PUT
    @Path("reviews/{id}")
    public ReviewLine recordReview(@PathParam("id") long id, Review review) {
        if (review == null || review.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        agreements.recordReview(id, review.version(), review.heldOn(), review.summary());
        return agreements.reviews().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
