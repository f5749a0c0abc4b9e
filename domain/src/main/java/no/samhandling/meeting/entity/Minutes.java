package no.samhandling.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The minutes (protokoll) of a meeting: drafted from its decisions, approved at the end of the meeting or at the
 * next one, then locked — a later change is a recorded {@link MinutesCorrection}.
 */
@Entity
@Table(name = "minutes")
public class Minutes extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false, unique = true)
    private Meeting meeting;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_at_meeting_id")
    private Meeting approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    protected Minutes() {
    }

    public Minutes(Meeting meeting) {
        this.meeting = meeting;
    }

    /** Approval at the meeting itself (after it began) or at a later meeting of the same body. */
    public void approve(Meeting at, String by, Instant now, LocalDate today) {
        if (isApproved()) {
            throw new RuleViolation("INPUT", "minutes.alreadyApproved");
        }
        if (!meeting.hasStartedAt(now)) {
            throw new RuleViolation("INPUT", "minutes.meetingNotHeld");
        }
        if (!at.getBody().equals(meeting.getBody()) || at.getStartsAt().isBefore(meeting.getStartsAt())
                || !at.hasStartedAt(now)) {
            throw RuleViolation.invalidField("approvedAtMeetingId", "minutes.approvedAt.invalid");
        }
        this.approvedAt = at;
        this.approvedBy = by;
        this.approvedOn = today;
    }

    /** Nothing in an approved meeting changes without a recorded correction. */
    public void requireDraft() {
        if (isApproved()) {
            throw new RuleViolation("INPUT", "minutes.locked", meeting.getTitle());
        }
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public Meeting getMeeting() { return meeting; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public Meeting getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
}
