package no.samhandling.funds.entity;

/** What the shared administrative funds pay for (§4.3): joint events, professional days, and other common costs. */
public enum SpendingKind {
    JOINT_EVENT, PROFESSIONAL_DAY, OTHER
}
