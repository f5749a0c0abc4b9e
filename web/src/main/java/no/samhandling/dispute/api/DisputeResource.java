package no.samhandling.dispute.api;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.dispute.boundary.Closure;
import no.samhandling.dispute.boundary.DisputeDetails;
import no.samhandling.dispute.boundary.DisputeLine;
import no.samhandling.dispute.boundary.DisputeQuery;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.Escalation;
import no.samhandling.dispute.boundary.NewDispute;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.dispute.entity.DisputeStep;
import no.samhandling.export.api.Registers;

import java.util.Arrays;
import java.util.List;

/** The dispute register and each dispute's way up the ladder of §6 (R-DSP-1 … R-DSP-4). */
@Path("/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    Registers registers;

    @Inject
    DisputeService disputes;

    @GET
    public Response list(@QueryParam("partnerId") Long partnerId, @QueryParam("kind") DisputeKind kind,
                         @QueryParam("step") DisputeStep step, @QueryParam("status") DisputeStatus status,
                         @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        DisputeQuery query = new DisputeQuery(partnerId, kind, step, status);
        return paging.answer(disputes.list(query, paging.offset(), paging.size()), disputes.count(query), uri);
    }

    /** The register as CSV for Excel or as an Excel workbook, with the same filters. */
    @GET
    @Path("export.{format: csv|xlsx}")
    public Response export(@PathParam("format") String format, @QueryParam("partnerId") Long partnerId,
                           @QueryParam("kind") DisputeKind kind, @QueryParam("step") DisputeStep step,
                           @QueryParam("status") DisputeStatus status) {
        return registers.disputes(new DisputeQuery(partnerId, kind, step, status)).download(format);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response open(NewDispute dispute, @Context UriInfo uri) {
        long id = disputes.open(dispute);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(disputes.details(id)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public DisputeDetails details(@PathParam("id") long id) {
        return disputes.details(id);
    }

    @POST
    @Path("{id: [0-9]+}/steps")
    public DisputeDetails escalate(@PathParam("id") long id, Escalation escalation) {
        return disputes.escalate(id, escalation);
    }

    @POST
    @Path("{id: [0-9]+}/closure")
    public DisputeDetails close(@PathParam("id") long id, Closure closure) {
        return disputes.close(id, closure);
    }
}
