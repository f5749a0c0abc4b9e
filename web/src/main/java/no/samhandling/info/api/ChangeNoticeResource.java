package no.samhandling.info.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.inject.Inject;
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
import no.samhandling.info.boundary.ChangeNoticeLine;
import no.samhandling.info.boundary.ChangeNoticeService;
import no.samhandling.info.boundary.NewChangeNotice;

import java.util.List;

/** R-INFO-1: change notices — list with who has and has not acknowledged, announce, acknowledge. */
@Path("/change-notices")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeNoticeResource {

    @Inject
    ChangeNoticeService notices;

    @GET
    public List<ChangeNoticeLine> list() {
        return notices.list();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response announce(NewChangeNotice notice, @Context UriInfo uri) {
        long id = notices.announce(notice);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(notices.list().stream().filter(n -> n.id() == id).findFirst().orElseThrow()).build();
    }

    /** The signed-in administrator's party acknowledges; the secretariat names the party with {@code partnerId}. */
    @POST
    @Path("{id: [0-9]+}/acknowledgements")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response acknowledge(@PathParam("id") long id, @QueryParam("partnerId") Long partnerId) {
        notices.acknowledge(id, partnerId);
        return Response.noContent().build();
    }
}
