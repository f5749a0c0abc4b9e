package no.samhandling.api;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code ruleId} names the rule of DOMAIN.md that
 * refused the request, {@code field} the offending input; never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, String ruleId, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
