package no.samhandling.cases.boundary;

import java.util.Set;

/** A case as its writer registers it; the body and the proposing party are fixed afterwards. */
public record NewCase(Long bodyId, Long proposedByPartnerId, CaseText text) implements java.io.Serializable {
}
