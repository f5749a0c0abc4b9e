package no.samhandling.funds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.cases.entity.Decision;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R-COST-1: money spent from the shared administrative funds — day, amount, purpose, kind — and the decision that
 * allowed it. Spending beyond the year's budget needs that decision; without it, it is refused.
 */
@Entity
@Table(name = "fund_spending")
public class FundSpending extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "spent_on", nullable = false, updatable = false)
    private LocalDate spentOn;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 500)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private SpendingKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id", updatable = false)
    private Decision decision;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FundSpending() {
    }

    /**
     * @param spentBefore what the year's earlier spending came to
     * @param budget      the year's budget, or {@code null} when none is set (then every spending needs a decision)
     */
    public FundSpending(HealthCommunity community, LocalDate spentOn, BigDecimal amount, String purpose,
                        SpendingKind kind, Decision decision, BigDecimal spentBefore, BigDecimal budget,
                        String recordedBy, Instant recordedAt) {
        if (spentOn == null) {
            throw RuleViolation.invalidField("spentOn", "funds.spentOn.required");
        }
        if (amount == null || amount.signum() <= 0) {
            throw RuleViolation.invalidField("amount", "funds.amount.positive");
        }
        if (kind == null) {
            throw RuleViolation.invalidField("kind", "funds.kind.required");
        }
        BigDecimal after = spentBefore.add(amount);
        if (decision == null && (budget == null || after.compareTo(budget) > 0)) {
            throw RuleViolation.onField("R-COST-1", "decisionId", "funds.beyondBudget",
                    budget == null ? BigDecimal.ZERO : budget.subtract(spentBefore).max(BigDecimal.ZERO));
        }
        this.community = community;
        this.spentOn = spentOn;
        this.amount = amount;
        this.purpose = Texts.required("purpose", purpose, 500, "funds.purpose.required");
        this.kind = kind;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getSpentOn() { return spentOn; }
    public BigDecimal getAmount() { return amount; }
    public String getPurpose() { return purpose; }
    public SpendingKind getKind() { return kind; }
    public Decision getDecision() { return decision; }
    public String getRecordedBy() { return recordedBy; }
}
