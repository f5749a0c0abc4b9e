package no.samhandling.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

/** R-PUB-1: the community's strategy for the cooperation over a period of years (2023–2026), with its vision. */
@Entity
@Table(name = "strategy")
public class Strategy extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "period_from", nullable = false, updatable = false)
    private int periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private int periodTo;

    @Column(length = 4000)
    private String vision;

    protected Strategy() {
    }

    public Strategy(HealthCommunity community, String title, int periodFrom, int periodTo, String vision) {
        if (periodTo < periodFrom) {
            throw RuleViolation.invalidField("periodTo", "strategy.period.order");
        }
        this.community = community;
        this.title = Texts.required("title", title, 300, "strategy.title.required");
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.vision = Texts.optional("vision", vision, 4000);
    }

    /** R-PUB-1: an action plan belongs to a year of the strategy's period. */
    public void requireInPeriod(int year) {
        if (year < periodFrom || year > periodTo) {
            throw RuleViolation.onField("R-PUB-1", "year", "actionPlan.outsidePeriod", year, periodFrom, periodTo);
        }
    }

    public HealthCommunity getCommunity() { return community; }
    public String getTitle() { return title; }
    public int getPeriodFrom() { return periodFrom; }
    public int getPeriodTo() { return periodTo; }
    public String getVision() { return vision; }
}
