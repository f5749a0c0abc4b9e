package no.samhandling.cases.entity;

/** What a meeting did with a case on its agenda. */
public enum AgendaOutcome {
    /** Step 1 done: discussed, input given (R-CASE-1). */
    DISCUSSED,
    DECIDED,
    /** Postponed to a later meeting at the same step. */
    CONTINUED,
    /** R-CASE-5: no consensus, no decision. */
    NO_CONSENSUS,
    /** R-CASE-4: referred to SSU or the partnership meeting. */
    REFERRED
}
