package no.samhandling.agreement.entity;

/** The life of an agreement version (R-AGR-1). */
public enum AgreementStatus {
    DRAFT, CONSULTATION, APPROVED, SIGNING, IN_FORCE, SUPERSEDED;

    /** Signatures are recorded once the version is approved, and late ones still while it is in force. */
    public boolean acceptsSignatures() {
        return this == APPROVED || this == SIGNING || this == IN_FORCE;
    }
}
