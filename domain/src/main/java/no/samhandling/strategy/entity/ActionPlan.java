package no.samhandling.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.cases.entity.Decision;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

import java.time.LocalDate;

/**
 * R-PUB-1: the action plan of one year of the strategy — its measures per goal — approved by the partnership meeting.
 * Rolled yearly: next year's plan starts with this year's open measures. Approved, its measures are fixed (only their
 * status is reported).
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false, updatable = false)
    private Strategy strategy;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_decision_id")
    private Decision approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    protected ActionPlan() {
    }

    public ActionPlan(Strategy strategy, int year) {
        strategy.requireInPeriod(year);
        this.strategy = strategy;
        this.year = year;
    }

    /** R-PUB-1: approved by a decision of the partnership meeting. */
    public void approve(Decision decision) {
        requireDraft();
        if (!decision.isByPartnershipMeeting()) {
            throw RuleViolation.onField("R-PUB-1", "decisionId", "actionPlan.notPartnershipMeeting");
        }
        this.approvedBy = decision;
        this.approvedOn = decision.getDecidedOn();
    }

    public void requireDraft() {
        if (approvedOn != null) {
            throw new RuleViolation("R-PUB-1", "actionPlan.approved", year);
        }
    }

    public Strategy getStrategy() { return strategy; }
    public int getYear() { return year; }
    public Decision getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
}
