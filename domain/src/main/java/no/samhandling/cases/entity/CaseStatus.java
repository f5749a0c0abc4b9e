package no.samhandling.cases.entity;

/** Where a case stands: open (being prepared or on an agenda), or closed by a decision, a failed consensus, a referral. */
public enum CaseStatus {
    OPEN, DECIDED, NO_CONSENSUS, REFERRED, WITHDRAWN
}
