package no.samhandling.user.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.security.boundary.ApiKeys;
import no.samhandling.security.boundary.ApiKeys.ApiKeyLine;
import no.samhandling.security.boundary.ApiKeys.IssuedKey;

import java.time.LocalDate;
import java.util.List;

/**
 * The secretariat's API keys for integrations' accounts: issue (the key is in this answer only), list, revoke.
 * An integration then calls with {@code Authorization: Bearer <key>}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    @Inject
    ApiKeys apiKeys;

    @GET
    @Path("users/{userId: [0-9]+}/api-keys")
    public List<ApiKeyLine> list(@PathParam("userId") long userId) {
        return apiKeys.of(userId);
    }

    @POST
    @Path("users/{userId: [0-9]+}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response issue(@PathParam("userId") long userId, NewApiKey key, @Context UriInfo uri) {
        IssuedKey issued = apiKeys.issue(userId, key == null ? null : key.name(), key == null ? null : key.expiresOn());
        return Response.created(uri.getBaseUriBuilder().path("api-keys").path(String.valueOf(issued.line().id())).build())
                .entity(issued).build();
    }

    @DELETE
    @Path("api-keys/{id: [0-9]+}")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response revoke(@PathParam("id") long id) {
        apiKeys.revoke(id);
        return Response.noContent().build();
    }

    /** What the secretariat names a key, and its last day (a year from today when left out, at most 366 days). */
    public record NewApiKey(String name, LocalDate expiresOn) implements java.io.Serializable {
    }
}
