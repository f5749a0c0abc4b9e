package no.samhandling.search.boundary;

/** What the search looks through. */
public enum SearchKind {
    CASE, DECISION, DISPUTE, BODY, PERSON, DOCUMENT
}
