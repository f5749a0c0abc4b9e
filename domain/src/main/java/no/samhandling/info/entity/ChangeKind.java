package no.samhandling.info.entity;

/** What a change notice is about (§2.4): routines, or organisation. */
public enum ChangeKind {
    ROUTINE, ORGANISATION
}
