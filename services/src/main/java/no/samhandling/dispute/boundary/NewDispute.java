package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeSubject;

import java.time.LocalDate;

/** A dispute as a party raises it; no municipality means community-wide; a case that did not reach consensus may start it. */
public record NewDispute(DisputeKind kind, DisputeSubject subject, String title, String description,
                         Long municipalityId, Long raisedByPartnerId, LocalDate openedOn, Long caseId) implements java.io.Serializable {
}
