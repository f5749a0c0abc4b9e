package no.samhandling.strategy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.strategy.boundary.NewMeasure;
import no.samhandling.strategy.boundary.StrategyDetails;
import no.samhandling.strategy.boundary.StrategyService;
import no.samhandling.strategy.entity.MeasureStatus;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R-PUB-1: the strategy in force, its goals, its action plans and their measures. */
@Named
@ViewScoped
public class StrategyView implements Serializable {

    @Inject
    StrategyService strategies;

    @Inject
    PartnerService partners;

    @Inject
    CaseService cases;

    private StrategyDetails strategy;
    private String goalTitle;
    private String goalDescription;
    @Inject
    Clock clock;

    private Integer planYear;
    private Long goalId;
    private String text;
    private Long responsiblePartnerId;
    private LocalDate dueOn;
    private Long decisionId;
    private final Map<Long, MeasureStatus> statuses = new HashMap<>();

    @PostConstruct
    void load() {
        List<StrategyDetails> all = strategies.strategies();
        int year = LocalDate.now(clock).getYear();
        if (planYear == null) {
            planYear = year;
        }
        strategy = all.stream().filter(s -> s.periodFrom() <= year && year <= s.periodTo()).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        statuses.clear();
        if (strategy != null) {
            strategy.plans().forEach(p -> p.measures().forEach(m -> statuses.put(m.id(), m.status())));
        }
    }

    @ShowsRuleViolations
    public void addGoal() {
        strategies.addGoal(strategy.id(), goalTitle, goalDescription);
        Pages.flashInfo("strategy.goalAdded");
        goalTitle = null;
        goalDescription = null;
        load();
    }

    @ShowsRuleViolations
    public void plan() {
        strategies.plan(strategy.id(), planYear == null ? 0 : planYear);
        Pages.flashInfo("strategy.planCreated");
        load();
    }

    @ShowsRuleViolations
    public void addMeasure(StrategyDetails.Plan plan) {
        strategies.addMeasure(plan.id(), new NewMeasure(goalId, text, responsiblePartnerId, dueOn));
        Pages.flashInfo("strategy.measureAdded");
        text = null;
        dueOn = null;
        load();
    }

    @ShowsRuleViolations
    public void report(StrategyDetails.Measure measure) {
        strategies.report(measure.id(), measure.version(), statuses.get(measure.id()));
        Pages.flashInfo("strategy.reported");
        load();
    }

    @ShowsRuleViolations
    public void approve(StrategyDetails.Plan plan) {
        strategies.approve(plan.id(), plan.version(), decisionId == null ? 0 : decisionId);
        Pages.flashInfo("strategy.approved");
        load();
    }

    public StrategyDetails getStrategy() { return strategy; }
    public List<PartnerSummary> getPartners() { return partners.list(); }
    public List<Tag> getDecisions() { return cases.decisions(BodyKind.PARTNERSHIP_MEETING); }
    public MeasureStatus[] getStatusChoices() { return MeasureStatus.values(); }
    public Map<Long, MeasureStatus> getStatuses() { return statuses; }
    public String getGoalTitle() { return goalTitle; }
    public void setGoalTitle(String value) { this.goalTitle = value; }
    public String getGoalDescription() { return goalDescription; }
    public void setGoalDescription(String value) { this.goalDescription = value; }
    public Integer getPlanYear() { return planYear; }
    public void setPlanYear(Integer value) { this.planYear = value; }
    public Long getGoalId() { return goalId; }
    public void setGoalId(Long value) { this.goalId = value; }
    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public Long getResponsiblePartnerId() { return responsiblePartnerId; }
    public void setResponsiblePartnerId(Long value) { this.responsiblePartnerId = value; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate value) { this.dueOn = value; }
    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long value) { this.decisionId = value; }
}
