package no.samhandling.archive.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.api.Paging;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samhandling.archive.boundary.ArchiveMessageSummary;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.archive.boundary.FeedEntry;

import java.util.List;

/**
 * For archive systems (machine accounts): a catch-up feed of everything addressed to their party, for an archive
 * that joins late or lost its state, and receipts (Fiks Arkiv arkivmeldingKvittering) for what they filed.
 */
@Path("/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    ArchiveService archive;

    /** Messages after {@code since} (the {@code position} of the last one the archive has), at most {@code limit}. */
    @GET
    @Path("feed")
    public List<FeedEntry> feed(@QueryParam("since") @DefaultValue("0") long since,
                                @QueryParam("limit") @DefaultValue("100") int limit) {
        return archive.feed(since, limit);
    }

    /** For operations: what the archives were sent, newest first, with delivery, receipts and dead letters. */
    @GET
    @Path("messages")
    public Response messages(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        return paging.answer(archive.overview(paging.offset(), paging.size()), archive.count(), uri);
    }

    /** Operations send a message again (its dead letters leave the dead-letter queue). */
    @POST
    @Path("messages/{id: [0-9]+}/resend")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response resend(@PathParam("id") long id) {
        archive.resend(id);
        return Response.noContent().build();
    }

    @POST
    @Path("messages/{messageId}/receipt")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public ArchiveMessageSummary receipt(@PathParam("messageId") String messageId, String kvittering) {
        return archive.receipt(messageId, kvittering);
    }
}
