package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.LocalDate;

/** R-AGR-6: the yearly review of the agreement, planned for a day of its year and then recorded as held. */
@Entity
@Table(name = "agreement_review")
public class AgreementReview extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(length = 4000)
    private String summary;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected AgreementReview() {
    }

    public AgreementReview(FrameworkAgreement agreement, LocalDate plannedOn, String recordedBy) {
        if (plannedOn == null) {
            throw RuleViolation.invalidField("plannedOn", "input.required");
        }
        this.agreement = agreement;
        this.year = plannedOn.getYear();
        this.plannedOn = plannedOn;
        this.recordedBy = recordedBy;
    }

    /** The review was held: on a day of its year, not in the future, with what it concluded. */
    public void held(LocalDate on, String conclusion, LocalDate today, String by) {
        if (on == null || on.isAfter(today)) {
            throw RuleViolation.invalidField("heldOn", "agreement.review.heldOn");
        }
        if (on.getYear() != year) {
            throw new RuleViolation("R-AGR-6", "agreement.review.otherYear", year);
        }
        this.summary = Texts.required("summary", conclusion, 4000, "agreement.review.summaryRequired");
        this.heldOn = on;
        this.recordedBy = by;
    }

    /** Planned for a day that has passed, and not recorded as held. */
    public boolean isOverdueOn(LocalDate today) {
        return heldOn == null && today.isAfter(plannedOn);
    }

    public FrameworkAgreement getAgreement() { return agreement; }
    public int getYear() { return year; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getSummary() { return summary; }
    public String getRecordedBy() { return recordedBy; }
}
