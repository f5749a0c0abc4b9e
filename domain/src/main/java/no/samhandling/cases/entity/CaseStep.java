package no.samhandling.cases.entity;

/** The two steps of §4.3 (R-CASE-1): first discussion and input, then decision at the next or a later meeting. */
public enum CaseStep {
    DISCUSSION,
    DECISION
}
