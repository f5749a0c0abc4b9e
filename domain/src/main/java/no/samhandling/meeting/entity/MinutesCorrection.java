package no.samhandling.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.Instant;

/** A change to approved minutes: what was there, what is there now, who changed it and why. Never changed itself. */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, length = 100, updatable = false)
    private String correctedBy;

    public static final int REASON_LENGTH = 1000;

    @Column(nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "before_text", length = 4000, updatable = false)
    private String beforeText;

    @Column(name = "after_text", nullable = false, length = 4000, updatable = false)
    private String afterText;

    protected MinutesCorrection() {
    }

    public MinutesCorrection(Minutes minutes, Long decisionId, String reason, String beforeText, String afterText,
                             String correctedBy, Instant correctedAt) {
        if (!minutes.isApproved()) {
            throw new RuleViolation("INPUT", "minutes.correction.notApproved");
        }
        this.reason = Texts.required("reason", reason, REASON_LENGTH, "minutes.correction.reasonRequired");
        this.minutes = minutes;
        this.decisionId = decisionId;
        this.beforeText = beforeText;
        this.afterText = afterText;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public Long getId() { return id; }
    public Minutes getMinutes() { return minutes; }
    public Long getDecisionId() { return decisionId; }
    public Instant getCorrectedAt() { return correctedAt; }
    public String getCorrectedBy() { return correctedBy; }
    public String getReason() { return reason; }
    public String getBeforeText() { return beforeText; }
    public String getAfterText() { return afterText; }
}
