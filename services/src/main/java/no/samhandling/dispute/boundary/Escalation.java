package no.samhandling.dispute.boundary;

import no.samhandling.dispute.entity.DisputeStep;

import java.time.LocalDate;
import java.util.List;

/** The next step as asked for: which, when, by which party and why; a negotiation committee's members. */
public record Escalation(Long version, DisputeStep step, LocalDate on, Long askedByPartnerId, String reason,
                         List<MemberInput> members) implements java.io.Serializable {

    public record MemberInput(String name, Long partnerId) implements java.io.Serializable {
    }
}
