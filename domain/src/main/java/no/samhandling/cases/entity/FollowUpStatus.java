package no.samhandling.cases.entity;

/** Where a follow-up action stands (R-CASE-6). */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
