package no.samhandling.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.rules.RuleViolation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A list endpoint's page: {@code page} (from 1) and {@code size} (1 to {@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}) from the query, the total in {@code X-Total-Count} and the neighbours in a {@code Link}
 * header (RFC 8288: first, prev, next, last), the rows in a stable order. A page past the last is empty, not an
 * error; a size or page out of range answers 400 problem+json naming the parameter.
 */
public record Paging(int page, int size) implements java.io.Serializable {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** From the query's text, so that {@code size=abc} is a 400 naming {@code size}, not JAX-RS's bare 404. */
    public static Paging of(String page, String size) {
        int p = number("page", page, 1);
        int s = number("size", size, DEFAULT_SIZE);
        if (p < 1) {
            throw RuleViolation.invalidField("page", "paging.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw RuleViolation.invalidField("size", "paging.size", MAX_SIZE);
        }
        return new Paging(p, s);
    }

    private static int number(String parameter, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw RuleViolation.invalidField(parameter, "paging." + parameter);
        }
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** The answer: the rows, their total and links to the other pages with the same filters. */
    public <T> Response answer(List<T> rows, long total, UriInfo uri) {
        long last = Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        BiFunction<Long, String, String> link = (number, rel) -> "<" + at(uri, number) + ">; rel=\"" + rel + "\"";
        links.add(link.apply(1L, "first"));
        if (page > 1) {
            links.add(link.apply(Math.min(page - 1L, last), "prev"));
        }
        if (page < last) {
            links.add(link.apply(page + 1L, "next"));
        }
        links.add(link.apply(last, "last"));
        return Response.ok(rows)
                .header("X-Total-Count", total)
                .header("Link", String.join(", ", links))
                .build();
    }

    private URI at(UriInfo uri, long number) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", number).replaceQueryParam("size", size).build();
    }
}
