package no.samhandling.search.boundary;

/**
 * One record the search found: what kind, its heading, the text around the first match, the page (JSF outcome with
 * id) that shows it, and how well it matched (more words matched, more in the heading: higher).
 */
public record SearchHit(SearchKind kind, String heading, String snippet, String outcome, Long id, int score) {
}
