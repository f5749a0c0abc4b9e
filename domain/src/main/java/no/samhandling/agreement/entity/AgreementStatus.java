package no.samhandling.agreement.entity;

/** The life of an agreement version (R-AGR-1). */
public enum AgreementStatus {
    DRAFT, CONSULTATION, APPROVED, SIGNING, IN_FORCE, SUPERSEDED;

    /** The step a version in this status takes next; none from in force (a successor supersedes it) or superseded. */
    public AgreementStatus next() {
        return switch (this) {
            case DRAFT -> CONSULTATION;
            case CONSULTATION -> APPROVED;
            case APPROVED -> SIGNING;
            case SIGNING -> IN_FORCE;
            case IN_FORCE, SUPERSEDED -> null;
        };
    }

    /** Signatures are recorded once the version is approved, and late ones still while it is in force. */
    public boolean acceptsSignatures() {
        return this == APPROVED || this == SIGNING || this == IN_FORCE;
    }
}
