package no.samhandling.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import no.samhandling.rules.RuleViolation;

import java.io.IOException;

/**
 * Every operation of the API that reads a body needs one: a JSON {@code null} or an empty body is bad input (400
 * problem+json naming the body), never a half-read request that ends in a NullPointerException.
 */
@Provider
public class RequiredBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw RuleViolation.invalidField("body", "error.body.required");
        }
        return body;
    }
}
