package no.samhandling.deadline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.samhandling.export.api.Registers;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineService;

import java.util.List;

/** The deadlines overview, as JSON and as CSV for Excel. */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @Inject
    Registers registers;

    @GET
    public List<Deadline> overview() {
        return deadlines.overview();
    }

    /** As CSV for Excel or as an Excel workbook. */
    @GET
    @Path("export.{format: csv|xlsx}")
    public Response export(@PathParam("format") String format) {
        return registers.table("deadlines").download(format);
    }
}
