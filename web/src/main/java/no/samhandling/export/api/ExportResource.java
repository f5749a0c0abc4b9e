package no.samhandling.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Every register list for download: {@code /api/exports/{register}.csv} (for Excel) or {@code .xlsx} (Excel). */
@Path("/exports")
public class ExportResource {

    @Inject
    Registers registers;

    @GET
    @Path("{register: [a-z-]+}.{format: csv|xlsx}")
    public Response export(@PathParam("register") String register, @PathParam("format") String format) {
        return registers.table(register).download(format);
    }
}
