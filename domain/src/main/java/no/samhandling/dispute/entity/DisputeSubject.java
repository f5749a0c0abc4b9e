package no.samhandling.dispute.entity;

/** What a dispute of kind AGREEMENT is about (R-DSP-2). */
public enum DisputeSubject {
    AGREEMENT, GUIDELINE, ROUTINE
}
