package no.samhandling.funds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.cases.entity.Decision;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

import java.math.BigDecimal;

/** R-COST-1: the shared administrative funds' budget of one year, and the decision that set it when there is one. */
@Entity
@Table(name = "fund_budget")
public class FundBudget extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    protected FundBudget() {
    }

    public FundBudget(HealthCommunity community, int year, BigDecimal amount, Decision decision) {
        this.community = community;
        this.year = year;
        set(amount, decision);
    }

    public void set(BigDecimal newAmount, Decision newDecision) {
        if (newAmount == null || newAmount.signum() < 0) {
            throw RuleViolation.invalidField("amount", "funds.amount.notNegative");
        }
        this.amount = newAmount;
        this.decision = newDecision;
    }

    public int getYear() { return year; }
    public BigDecimal getAmount() { return amount; }
    public Decision getDecision() { return decision; }
}
