package no.samhandling.funds.api;

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
import no.samhandling.api.Table;
import no.samhandling.funds.boundary.FundService;
import no.samhandling.funds.boundary.FundStatement;
import no.samhandling.funds.boundary.NewSpending;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** R-COST-1: the shared administrative funds of a year — statement, budget, spending; the statement for download. */
@Path("/funds/{year: [0-9]{4}}")
@Produces(MediaType.APPLICATION_JSON)
public class FundResource {

    /** The year's budget, changing what was seen at {@code version} (null when there was none). */
    public record Budget(Long version, BigDecimal amount, Long decisionId) implements java.io.Serializable {
    }

    @Inject
    FundService funds;

    @GET
    public FundStatement statement(@PathParam("year") int year) {
        return funds.statement(year);
    }

    @PUT
    @Path("budget")
    public FundStatement budget(@PathParam("year") int year, Budget budget) {
        return funds.setBudget(year, budget.version(), budget.amount(), budget.decisionId());
    }

    @POST
    @Path("spending")
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundStatement.class)))
    public Response spend(@PathParam("year") int year, NewSpending spending, @Context UriInfo uri) {
        funds.spend(spending);
        return CreatedAnswer.at(uri, funds.statement(year), "funds", year);
    }

    /** The yearly statement as CSV for Excel, Excel or PDF. */
    @GET
    @Path("statement.{format: csv|xlsx|pdf}")
    public Response download(@PathParam("year") int year, @PathParam("format") String format) {
        if ("pdf".equals(format)) {
            return Response.ok(funds.pdf(year), "application/pdf")
                    .header("Content-Disposition", Downloads.disposition("felles-midler-" + year + ".pdf")).build();
        }
        return table(funds.statement(year)).download(format);
    }

    /** Every spending, then the budget, the sum spent and the balance. */
    public static Table table(FundStatement s) {
        List<List<Object>> rows = new java.util.ArrayList<>(s.lines().stream()
                .map(l -> Arrays.<Object>asList(l.spentOn(), l.amount(), l.purpose(), l.kind(), l.decision()))
                .toList());
        rows.add(Arrays.asList(null, s.budget(), "Budsjett", null, null));
        rows.add(Arrays.asList(null, s.spent(), "Brukt", null, null));
        rows.add(Arrays.asList(null, s.balance(), "Saldo", null, null));
        return new Table("felles-midler-" + s.year(), List.of("Dato", "Beløp", "Formål", "Type", "Vedtak"), rows);
    }
}
