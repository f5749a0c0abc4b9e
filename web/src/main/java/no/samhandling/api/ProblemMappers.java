package no.samhandling.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.web.Failures;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as problem+json: bad input 400, forbidden 403, missing 404, stale version 409, a broken
 * rule 422, anything else 500 without internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = Failures.cause(thrown);
        if (e instanceof RuleViolation v) {
            int status = v.isInputError() ? 400 : 422;
            return problem(status, v.isInputError() ? "invalid-input" : "rule-violation",
                    text(v.messageKey(), v.arguments()), v.ruleId(), v.field());
        }
        if (Failures.isConflict(e)) {
            return problem(409, "conflict", text("error.conflict"), null, null);
        }
        if (e instanceof Forbidden || e instanceof EJBAccessException) {
            return problem(403, "forbidden", text("error.403.text"), null, null);
        }
        if (e instanceof NotFound || e instanceof NotFoundException) {
            return problem(404, "not-found", text("error.404.text"), null, null);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            String field = unreadableField(thrown);
            return problem(400, "invalid-input", field == null ? text("error.badRequest") : text("error.badField", field),
                    "INPUT", field);
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return problem(status, "http-" + status, text("error.badRequest"), null, null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
        return problem(500, "internal", text("error.500.text"), null, null);
    }

    /**
     * The property JSON-B could not read (Yasson names it in its message, "... property 'startsAt' ..."), looked for
     * through the causes; null when it does not say.
     */
    static String unreadableField(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher named = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (named.find()) {
                return named.group(1);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    private String text(String key, Object... arguments) {
        return ProblemTexts.text(headers, key, arguments);
    }

    private Response problem(int status, String type, String detail, String ruleId, String field) {
        return new Problem("urn:samhandling:problem:" + type, Problem.title(type, status), status, detail, ruleId, field)
                .toResponse();
    }
}
