package no.samhandling.publication.api;

import jakarta.inject.Inject;
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
import no.samhandling.api.CreatedAnswer;
import no.samhandling.api.Downloads;
import no.samhandling.publication.boundary.AnnualReportService;
import no.samhandling.publication.boundary.AnnualReportView;
import no.samhandling.rules.NotFound;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** R-PUB-1: a year's annual report — read, draft from the records, edit, approve, as PDF. */
@Path("/annual-reports/{year: [0-9]{4}}")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    public record Text(long version, String text) implements java.io.Serializable {
    }

    public record Approval(long version, long decisionId) implements java.io.Serializable {
    }

    @Inject
    AnnualReportService reports;

    @GET
    public AnnualReportView get(@PathParam("year") int year) {
        return reports.of(year).orElseThrow(() -> new NotFound("AnnualReport", year));
    }

    @POST
    @Path("draft")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)))
    public Response draft(@PathParam("year") int year, @Context UriInfo uri) {
        return CreatedAnswer.at(uri, reports.draft(year), "annual-reports", year);
    }

    @PUT
    @Path("text")
    public AnnualReportView edit(@PathParam("year") int year, Text text) {
        return reports.edit(year, text.version(), text.text());
    }

    @PUT
    @Path("approval")
    public AnnualReportView approve(@PathParam("year") int year, Approval approval) {
        return reports.approve(year, approval.version(), approval.decisionId());
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("year") int year) {
        return Response.ok(reports.pdf(year), "application/pdf")
                .header("Content-Disposition", Downloads.disposition("arsrapport-" + year + ".pdf")).build();
    }
}
