package no.samhandling.deadline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samhandling.api.Csv;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineService;

import java.util.Arrays;
import java.util.List;

/** The deadlines overview, as JSON and as CSV for Excel. */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @GET
    public List<Deadline> overview() {
        return deadlines.overview();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export() {
        return Csv.download("frister.csv", List.of("Dato", "Frist", "Gjelder", "Passert"),
                deadlines.overview().stream().map(d -> Arrays.asList(d.due().toString(), d.kind().name(), d.subject(),
                        d.overdue() ? "ja" : "nei")));
    }
}
