package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.dispute.entity.DisputeStep;
import no.samhandling.dispute.entity.DisputeSubject;

import java.time.LocalDate;

/** A dispute in the register: number, kind, parties, current step, status and age in days. */
public record DisputeLine(long id, String number, String title, DisputeKind kind, DisputeSubject subject,
                          String municipality, String raisedBy, DisputeStep step, DisputeStatus status,
                          LocalDate openedOn, long ageDays, LocalDate closedOn) implements java.io.Serializable {
}
