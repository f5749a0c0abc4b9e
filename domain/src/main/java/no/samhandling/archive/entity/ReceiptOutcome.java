package no.samhandling.archive.entity;

/** What an archive answered (opprettetEllerEksisterende, or a failure). */
public enum ReceiptOutcome {
    CREATED, EXISTING, FAILED
}
