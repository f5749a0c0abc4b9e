package no.samhandling.deadline.boundary;

/** The kinds of deadline the agreement sets that the overview gathers. */
public enum DeadlineKind {
    /** R-AGR-4: publish and send the link to the Directorate within a month of the last signature. */
    PUBLICATION,
    /** R-AGR-6: the yearly review as planned, or this year's not planned at all. */
    REVIEW, REVIEW_NOT_PLANNED,
    /** R-AGR-7 / R-AGR-8: the day a renegotiation request or a termination takes effect. */
    RENEGOTIATION, TERMINATION,
    /** R-AGR-1: the year the version in force is to be revised. */
    REVISION,
    /** R-AGR-2: councils not yet consulted on a version in consultation. */
    CONSULTATIONS,
    /** R-CASE-6: follow-up actions due. */
    FOLLOW_UP
}
