package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeStatus;

import java.time.LocalDate;

/** How a dispute ended (resolved or withdrawn), on which day, with what outcome. */
public record Closure(Long version, DisputeStatus status, LocalDate closedOn, String outcome) implements java.io.Serializable {
}
