package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.Instant;

/** A case on one meeting's agenda at one step; a late paper's exception and the meeting's outcome are kept here. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseStep step;

    /** The partnership meeting's part: 1 dialogue meeting, 2 partnership meeting (R-BODY-1). */
    @Column(name = "meeting_part")
    private Integer part;

    @Column(name = "exception_reason", length = 1000)
    private String exceptionReason;

    @Column(name = "exception_by", length = 100)
    private String exceptionBy;

    @Column(name = "exception_at")
    private Instant exceptionAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AgendaOutcome outcome;

    @Column(name = "outcome_note", length = 4000)
    private String outcomeNote;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, CaseFile caseFile, Integer part) {
        if (!meeting.getBody().equals(caseFile.getBody())) {
            throw new RuleViolation("INPUT", "agenda.otherBody", caseFile.number());
        }
        caseFile.requireReadyForAgenda();
        boolean partnershipMeeting = meeting.getBody().getKind() == BodyKind.PARTNERSHIP_MEETING;
        if (partnershipMeeting && (part == null || part < 1 || part > 2)) {
            throw RuleViolation.invalidField("part", "agenda.part.required");
        }
        if (partnershipMeeting && part == 1 && caseFile.getStep() == CaseStep.DECISION) {
            // R-BODY-1: part 1 is the dialogue meeting; decisions belong to part 2
            throw new RuleViolation("R-BODY-1", "agenda.part.dialogueNoDecision");
        }
        this.meeting = meeting;
        this.caseFile = caseFile;
        this.step = caseFile.getStep();
        this.part = partnershipMeeting ? part : null;
    }

    /** R-CASE-3: who let a case with late papers stay on the agenda, and why. */
    public void grantException(String reason, String by, Instant at) {
        this.exceptionReason = Texts.required("exceptionReason", reason, 1000, "agenda.exception.reasonRequired");
        this.exceptionBy = by;
        this.exceptionAt = at;
    }

    public void record(AgendaOutcome newOutcome, String note) {
        requireOpen();
        this.outcomeNote = Texts.optional("note", note, CaseFile.TEXT_MAX);
        this.outcome = newOutcome;
    }

    public void requireOpen() {
        if (outcome != null) {
            throw new RuleViolation("INPUT", "agenda.alreadyHandled", caseFile.number(), outcome);
        }
    }

    public boolean isHandled() {
        return outcome != null;
    }

    public boolean hasException() {
        return exceptionReason != null;
    }

    public Meeting getMeeting() { return meeting; }
    public CaseFile getCaseFile() { return caseFile; }
    public CaseStep getStep() { return step; }
    public Integer getPart() { return part; }
    public String getExceptionReason() { return exceptionReason; }
    public String getExceptionBy() { return exceptionBy; }
    public Instant getExceptionAt() { return exceptionAt; }
    public AgendaOutcome getOutcome() { return outcome; }
    public String getOutcomeNote() { return outcomeNote; }
}
