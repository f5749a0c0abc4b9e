package no.samhandling.agreement.entity;

/** What an agreement document is: a version's text or attachment, a guideline (§3), a consultation's statement. */
public enum DocumentKind {
    TEXT, ATTACHMENT, GUIDELINE, CONSULTATION
}
