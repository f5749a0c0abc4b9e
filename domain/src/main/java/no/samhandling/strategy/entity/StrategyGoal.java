package no.samhandling.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.Texts;

/** One goal of the strategy, numbered in order. */
@Entity
@Table(name = "strategy_goal")
public class StrategyGoal extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false, updatable = false)
    private Strategy strategy;

    @Column(nullable = false, updatable = false)
    private int ordinal;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    protected StrategyGoal() {
    }

    public StrategyGoal(Strategy strategy, int ordinal, String title, String description) {
        this.strategy = strategy;
        this.ordinal = ordinal;
        this.title = Texts.required("goalTitle", title, 300, "strategy.goal.required");
        this.description = Texts.optional("goalDescription", description, 4000);
    }

    public Strategy getStrategy() { return strategy; }
    public int getOrdinal() { return ordinal; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
}
