package no.samhandling.dispute.entity;

import java.util.List;

/**
 * The steps of the ladders of §6. A patient case: dialogue close to the patient, then a meeting of the clinic
 * director and the municipality's administrative leadership (R-DSP-1). A dispute over agreements, guidelines or
 * routines: the lowest possible level, SSU's discussion in principle, a negotiation committee appointed by SSU, the
 * national dispute resolution board (R-DSP-2).
 */
public enum DisputeStep {
    DIALOGUE(DisputeKind.PATIENT_CASE),
    LEADERSHIP_MEETING(DisputeKind.PATIENT_CASE),
    LOWEST_LEVEL(DisputeKind.AGREEMENT),
    SSU_DISCUSSION(DisputeKind.AGREEMENT),
    NEGOTIATION_COMMITTEE(DisputeKind.AGREEMENT),
    NATIONAL_BOARD(DisputeKind.AGREEMENT);

    private final DisputeKind kind;

    DisputeStep(DisputeKind kind) {
        this.kind = kind;
    }

    public DisputeKind kind() {
        return kind;
    }

    /** The step above this one on its ladder, or null at the top. */
    public DisputeStep next() {
        List<DisputeStep> ladder = kind.ladder();
        int at = ladder.indexOf(this);
        return at + 1 < ladder.size() ? ladder.get(at + 1) : null;
    }
}
