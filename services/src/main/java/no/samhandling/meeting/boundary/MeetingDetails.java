package no.samhandling.meeting.boundary;

import no.samhandling.body.entity.BodyKind;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseStep;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.meeting.entity.AttendanceStatus;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** One meeting with its agenda (papers' status, outcomes, decisions), attendance and minutes. */
public record MeetingDetails(long id, long version, long bodyId, String bodyCode, String bodyNameNb, String bodyNameEn,
                             BodyKind bodyKind, String title, ZonedDateTime startsAt, ZonedDateTime endsAt,
                             String place, String digitalLink, LocalDate papersDue, boolean started, boolean held,
                             List<Entry> agenda, List<AttendanceLine> attendance, List<String> decidingSeats,
                             Minutes minutes, boolean registeredAfterwards, boolean outsideSeason) implements java.io.Serializable {

    /** Whether cases can be put on or taken off its agenda: before it starts, or while it is registered afterwards. */
    public boolean takesCases() {
        return !started || registeredAfterwards;
    }

    /** A case on the agenda; {@code onAgenda} is false when late papers keep it off (R-CASE-3). */
    public record Entry(long itemId, long itemVersion, long caseId, String number, String title, CaseStep step,
                        Integer part, PaperStatus paperStatus, boolean onAgenda, String exceptionReason,
                        String exceptionBy, String proposal, String alternatives, Boolean hasConsequences,
                        String consequences, AgendaOutcome outcome, String outcomeNote, Long decisionId,
                        Long decisionVersion, String decisionText, List<String> disqualified, String proposedBy) implements java.io.Serializable {
    }

    public record AttendanceLine(long personId, String name, String party, AttendanceStatus status,
                                 String deputyFor, Long deputyForPersonId) implements java.io.Serializable {
    }

    public record Minutes(boolean approved, LocalDate approvedOn, String approvedAt, String approvedBy,
                          List<Correction> corrections) implements java.io.Serializable {
    }

    public record Correction(String correctedBy, ZonedDateTime correctedAt, String reason, String before,
                             String after) implements java.io.Serializable {
    }
}
