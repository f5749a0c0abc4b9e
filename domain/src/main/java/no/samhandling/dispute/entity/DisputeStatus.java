package no.samhandling.dispute.entity;

/** A dispute is open until it is resolved or withdrawn, at whatever step (R-DSP-3). */
public enum DisputeStatus {
    OPEN, RESOLVED, WITHDRAWN
}
