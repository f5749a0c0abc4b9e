package no.samhandling.strategy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samhandling.api.CreatedAnswer;
import no.samhandling.strategy.boundary.NewMeasure;
import no.samhandling.strategy.boundary.StrategyDetails;
import no.samhandling.strategy.boundary.StrategyService;
import no.samhandling.strategy.entity.MeasureStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** R-PUB-1: strategies with goals and action plans; plans made and rolled, measures added and reported, approval. */
@Path("/strategies")
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {

    public record Year(int year) implements java.io.Serializable {
    }

    public record Status(long version, MeasureStatus status) implements java.io.Serializable {
    }

    public record Approval(long version, long decisionId) implements java.io.Serializable {
    }

    @Inject
    StrategyService strategies;

    @GET
    public List<StrategyDetails> list() {
        return strategies.strategies();
    }

    @POST
    @Path("{id: [0-9]+}/plans")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StrategyDetails.class)))
    public Response plan(@PathParam("id") long strategyId, Year year) {
        strategies.plan(strategyId, year.year());
        return CreatedAnswer.of(strategies.strategies());
    }

    @POST
    @Path("plans/{planId: [0-9]+}/measures")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StrategyDetails.class)))
    public Response addMeasure(@PathParam("planId") long planId, NewMeasure measure) {
        strategies.addMeasure(planId, measure);
        return CreatedAnswer.of(strategies.strategies());
    }

    @PUT
    @Path("measures/{id: [0-9]+}/status")
    public List<StrategyDetails> report(@PathParam("id") long measureId, Status status) {
        strategies.report(measureId, status.version(), status.status());
        return strategies.strategies();
    }

    @PUT
    @Path("plans/{planId: [0-9]+}/approval")
    public List<StrategyDetails> approve(@PathParam("planId") long planId, Approval approval) {
        strategies.approve(planId, approval.version(), approval.decisionId());
        return strategies.strategies();
    }
}
