package no.samhandling.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code ruleId} names the rule of DOMAIN.md that
 * refused the request, {@code field} the offending input; never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, String ruleId, String field) implements java.io.Serializable {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A title per problem type, the same for every occurrence (RFC 9457); {@code detail} says what happened here. */
    private static final java.util.Map<String, String> TITLES = java.util.Map.ofEntries(
            java.util.Map.entry("invalid-input", "Invalid input"),
            java.util.Map.entry("rule-violation", "Refused by a rule of the agreement"),
            java.util.Map.entry("conflict", "Changed by someone else meanwhile"),
            java.util.Map.entry("forbidden", "Not allowed for this user"),
            java.util.Map.entry("not-found", "No such resource"),
            java.util.Map.entry("unauthorized", "Sign-in required"),
            java.util.Map.entry("throttled", "Too many failed sign-ins"),
            java.util.Map.entry("too-large", "Request too large"),
            java.util.Map.entry("cross-site", "Write from another site refused"),
            java.util.Map.entry("session-write", "Write with a browser session refused"),
            java.util.Map.entry("internal", "Unexpected error"));

    /** The title of a problem type, or the status's reason phrase for a type without one of its own. */
    public static String title(String type, int status) {
        String own = TITLES.get(type);
        if (own != null) {
            return own;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** A problem answered before JAX-RS (authentication, limits), in the language the client asks for. */
    public static Problem of(HttpServletRequest request, int status, String type, String key, Object... arguments) {
        return new Problem("urn:samhandling:problem:" + type, title(type, status), status,
                ProblemTexts.text(request, key, arguments), null, null);
    }

    public void write(HttpServletResponse response) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail);
        if (ruleId != null) {
            json.add("ruleId", ruleId);
        }
        if (field != null) {
            json.add("field", field);
        }
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
