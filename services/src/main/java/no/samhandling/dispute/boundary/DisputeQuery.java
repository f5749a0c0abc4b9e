package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.dispute.entity.DisputeStep;

/** Filters of the dispute register; null means any. */
public record DisputeQuery(Long partnerId, DisputeKind kind, DisputeStep step, DisputeStatus status) implements java.io.Serializable {
}
