package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeStep;

import java.time.LocalDate;
import java.util.List;

/** A dispute with its history of steps, what it came from, and what the user may do next. */
public record DisputeDetails(DisputeLine line, long version, String description, String outcome, Long fromCaseId,
                             String fromCaseNumber, List<StepLine> steps, DisputeStep nextStep, boolean mayAct,
                             List<PartyChoice> parties) implements java.io.Serializable {

    public record StepLine(DisputeStep step, LocalDate on, String askedBy, String reason, List<String> members,
                           String recordedBy) implements java.io.Serializable {
    }

    /** A party of the dispute the user may act for. */
    public record PartyChoice(long id, String name) implements java.io.Serializable {
    }
}
