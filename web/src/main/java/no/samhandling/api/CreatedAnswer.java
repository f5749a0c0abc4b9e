package no.samhandling.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to every create of the API: 201 Created with the new resource in the body, and {@code Location} naming
 * it where it has an address of its own (a case, a paper, a version, a document, a report). What lives only inside
 * another record (a signature, a membership, a notice) has no address: its answer is 201 without Location.
 */
public final class CreatedAnswer {

    private CreatedAnswer() {
    }

    /** 201 with the resource and its address: the API's base URI and these path segments. */
    public static Response at(UriInfo uri, Object resource, Object... path) {
        UriBuilder location = uri.getBaseUriBuilder();
        for (Object segment : path) {
            location.path(String.valueOf(segment));
        }
        return Response.created(location.build()).entity(resource).build();
    }

    /** 201 with the resource, for one that has no address of its own. */
    public static Response of(Object resource) {
        return Response.status(Response.Status.CREATED).entity(resource).build();
    }
}
