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
public record Problem(String type, String title, int status, String detail, String ruleId, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** A problem answered before JAX-RS (authentication, limits), in the language the client asks for. */
    public static Problem of(HttpServletRequest request, int status, String type, String key, Object... arguments) {
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return new Problem("urn:samhandling:problem:" + type, title, status,
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
