package no.samhandling.dispute.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The two kinds of dispute of §6: a patient-related individual case, solved close to the patient (R-DSP-1), and a
 * dispute over an agreement, a guideline or a routine, which has the full ladder (R-DSP-2).
 */
public enum DisputeKind {
    PATIENT_CASE, AGREEMENT;

    /** The steps of this kind's ladder, lowest first. */
    public List<DisputeStep> ladder() {
        return Arrays.stream(DisputeStep.values()).filter(s -> s.kind() == this).toList();
    }

    public DisputeStep firstStep() {
        return ladder().get(0);
    }
}
