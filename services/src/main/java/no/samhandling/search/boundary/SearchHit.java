package no.samhandling.search.boundary;

import java.util.List;

/**
 * One record the search found: what kind, its heading, the text around the matches (plain, and as parts with the
 * matched words marked, for highlighting), the page (JSF outcome with id) that shows it, and how well it matched
 * (higher is better).
 */
public record SearchHit(SearchKind kind, String heading, String snippet, List<Part> highlighted, String outcome,
                        Long id, int score) implements java.io.Serializable {

    /** A stretch of the snippet, matched by the query or not. */
    public record Part(String text, boolean match) implements java.io.Serializable {
    }
}
