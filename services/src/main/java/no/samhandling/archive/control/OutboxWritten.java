package no.samhandling.archive.control;

/** Fired when an outbox row was written; observed after a successful commit to relay without waiting. */
public record OutboxWritten() {
}
