package no.samhandling.funds.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.funds.boundary.FundService;
import no.samhandling.funds.boundary.FundStatement;
import no.samhandling.funds.boundary.NewSpending;
import no.samhandling.funds.entity.SpendingKind;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.time.Clock;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** R-COST-1: the shared administrative funds of a year — statement, budget, a new spending. */
@Named
@ViewScoped
public class FundsView implements Serializable {

    @Inject
    FundService funds;

    @Inject
    CaseService cases;

    @Inject
    Clock clock;

    private int year;
    private FundStatement statement;
    private BigDecimal budget;
    private Long budgetDecisionId;
    private LocalDate spentOn;
    private BigDecimal amount;
    private String purpose;
    private SpendingKind kind = SpendingKind.JOINT_EVENT;
    private Long decisionId;

    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    void load() {
        statement = funds.statement(year);
        budget = statement.budget();
    }

    public void show() {
        load();
    }

    @ShowsRuleViolations
    public void saveBudget() {
        statement = funds.setBudget(year, statement.budgetVersion(), budget, budgetDecisionId);
        Pages.flashInfo("funds.budgetSaved");
    }

    @ShowsRuleViolations
    public void spend() {
        funds.spend(new NewSpending(spentOn, amount, purpose, kind, decisionId));
        Pages.flashInfo("funds.spent");
        spentOn = null;
        amount = null;
        purpose = null;
        decisionId = null;
        load();
    }

    public List<Tag> getDecisions() { return cases.decisions(null); }
    public SpendingKind[] getKinds() { return SpendingKind.values(); }
    public FundStatement getStatement() { return statement; }
    public int getYear() { return year; }
    public void setYear(int value) { this.year = value; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal value) { this.budget = value; }
    public Long getBudgetDecisionId() { return budgetDecisionId; }
    public void setBudgetDecisionId(Long value) { this.budgetDecisionId = value; }
    public LocalDate getSpentOn() { return spentOn; }
    public void setSpentOn(LocalDate value) { this.spentOn = value; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal value) { this.amount = value; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String value) { this.purpose = value; }
    public SpendingKind getKind() { return kind; }
    public void setKind(SpendingKind value) { this.kind = value; }
    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long value) { this.decisionId = value; }
}
