package no.samhandling.cases.entity;

/** R-CASE-3: whether a case's papers reached the members in time for one meeting. */
public enum PaperStatus {
    /** Sent at least 14 days before the meeting. */
    IN_TIME,
    /** Not yet sent, and the due day has not passed. */
    DUE,
    /** Sent late or not at all: off the agenda unless an exception is recorded. */
    LATE,
    /** Late, with a recorded exception (who and why): stays on the agenda. */
    EXCEPTION;

    public boolean keepsOnAgenda() {
        return this != LATE;
    }
}
