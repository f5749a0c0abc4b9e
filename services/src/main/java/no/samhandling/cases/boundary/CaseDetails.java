package no.samhandling.cases.boundary;

import no.samhandling.body.entity.BodyKind;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.cases.entity.CaseStep;
import no.samhandling.cases.entity.PaperStatus;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** Everything about one case: its paper, papers, way through the meetings, decision, follow-up, input. */
public record CaseDetails(long id, long version, String number, long bodyId, String bodyCode, String bodyNameNb,
                          String bodyNameEn, BodyKind bodyKind, CaseText text, CaseStep step, CaseStatus status,
                          Long proposedById, String proposedBy, LocalDate registeredOn, Long referredFromId,
                          String referredFromNumber, List<PaperLine> papers, List<AgendaLine> agenda,
                          DecisionLine decision, List<InputLine> inputs, List<ConflictLine> conflicts,
                          boolean mayEdit) implements java.io.Serializable {

    public record PaperLine(long id, String fileName, String contentType, long sizeBytes, String sha256,
                            LocalDate sentOn, String uploadedBy) implements java.io.Serializable {
    }

    /** The case on one meeting's agenda, with the papers' status for that meeting (R-CASE-3). */
    public record AgendaLine(long itemId, long meetingId, String meetingTitle, ZonedDateTime startsAt, CaseStep step,
                             Integer part, LocalDate papersDue, PaperStatus paperStatus, String exceptionReason,
                             String exceptionBy, AgendaOutcome outcome, String outcomeNote) implements java.io.Serializable {
    }

    public record DecisionLine(long id, long version, String text, LocalDate decidedOn, long meetingId,
                               List<FollowUpLine> actions) implements java.io.Serializable {
    }

    public record InputLine(long personId, String personName, String text, LocalDate givenOn) implements java.io.Serializable {
    }

    public record ConflictLine(long personId, String personName, String reason, String decidedBy) implements java.io.Serializable {
    }

    public Set<Long> areaIds() {
        return text.areaIds();
    }
}
