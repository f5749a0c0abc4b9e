package no.samhandling.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.LocalDate;

/** R-PUB-1: a measure (tiltak) of the action plan under one goal — what, the party responsible, by when, status. */
@Entity
@Table(name = "action_measure")
public class ActionMeasure extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private StrategyGoal goal;

    @Column(nullable = false, length = 1000)
    private String text;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "responsible_partner_id", nullable = false)
    private Partner responsible;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureStatus status;

    protected ActionMeasure() {
    }

    public ActionMeasure(ActionPlan plan, StrategyGoal goal, String text, Partner responsible, LocalDate dueOn) {
        plan.requireDraft();
        if (goal == null || !goal.getStrategy().equals(plan.getStrategy())) {
            throw RuleViolation.invalidField("goalId", "actionPlan.goal.unknown");
        }
        if (responsible == null) {
            throw RuleViolation.onField("R-PUB-1", "responsiblePartnerId", "actionPlan.responsible.required");
        }
        if (dueOn == null) {
            throw RuleViolation.invalidField("dueOn", "actionPlan.dueOn.required");
        }
        this.plan = plan;
        this.goal = goal;
        this.text = Texts.required("text", text, 1000, "actionPlan.text.required");
        this.responsible = responsible;
        this.dueOn = dueOn;
        this.status = MeasureStatus.PLANNED;
    }

    /** The same measure in next year's plan, where it goes on as it stood. */
    public ActionMeasure rolledInto(ActionPlan next) {
        ActionMeasure copy = new ActionMeasure(next, goal, text, responsible, dueOn);
        copy.status = status;
        return copy;
    }

    public void report(MeasureStatus newStatus) {
        if (newStatus == null) {
            throw RuleViolation.invalidField("status", "actionPlan.status.required");
        }
        this.status = newStatus;
    }

    public ActionPlan getPlan() { return plan; }
    public StrategyGoal getGoal() { return goal; }
    public String getText() { return text; }
    public Partner getResponsible() { return responsible; }
    public LocalDate getDueOn() { return dueOn; }
    public MeasureStatus getStatus() { return status; }
}
