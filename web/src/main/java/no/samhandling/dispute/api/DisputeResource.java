package no.samhandling.dispute.api;

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
import no.samhandling.api.Csv;
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

import java.util.Arrays;
import java.util.List;

/** The dispute register and each dispute's way up the ladder of §6 (R-DSP-1 … R-DSP-4). */
@Path("/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @GET
    public List<DisputeLine> list(@QueryParam("partnerId") Long partnerId, @QueryParam("kind") DisputeKind kind,
                                  @QueryParam("step") DisputeStep step, @QueryParam("status") DisputeStatus status) {
        return disputes.list(new DisputeQuery(partnerId, kind, step, status));
    }

    /** The register as CSV for Excel, with the same filters. */
    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("partnerId") Long partnerId, @QueryParam("kind") DisputeKind kind,
                           @QueryParam("step") DisputeStep step, @QueryParam("status") DisputeStatus status) {
        return Csv.download("tvister.csv", List.of("Nummer", "Tittel", "Type", "Gjelder", "Kommune", "Reist av", "Trinn",
                        "Status", "Åpnet", "Dager", "Avsluttet"),
                disputes.list(new DisputeQuery(partnerId, kind, step, status)).stream()
                        .map(d -> Arrays.asList(d.number(), d.title(), d.kind().name(),
                                d.subject() == null ? null : d.subject().name(), d.municipality(), d.raisedBy(),
                                d.step().name(), d.status().name(), d.openedOn().toString(), String.valueOf(d.ageDays()),
                                d.closedOn() == null ? null : d.closedOn().toString())));
    }

    @POST
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
