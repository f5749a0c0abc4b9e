package no.samhandling.publication.entity;

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
import no.samhandling.rules.Texts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R-PUB-1 (§4.1): the community's annual report of a year — a draft generated from the records, edited as text, and
 * approved by the partnership meeting (the decision that approved it). Approved, it no longer changes.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends VersionedEntity {

    public static final int TEXT_MAX = 20_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_decision_id")
    private Decision approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    protected AnnualReport() {
    }

    public AnnualReport(HealthCommunity community, int year, String text, String by, Instant at) {
        this.community = community;
        this.year = year;
        edit(text, by, at);
    }

    public void edit(String newText, String by, Instant at) {
        if (approvedOn != null) {
            throw new RuleViolation("R-PUB-1", "annualReport.approved", year);
        }
        this.text = Texts.required("text", newText, TEXT_MAX, "annualReport.text.required");
        this.draftedBy = by;
        this.draftedAt = at;
    }

    /** R-PUB-1: the partnership meeting approves the annual report (§4.1); the decision must be its. */
    public void approve(Decision decision) {
        if (approvedOn != null) {
            throw new RuleViolation("R-PUB-1", "annualReport.approved", year);
        }
        if (!decision.isByPartnershipMeeting()) {
            throw RuleViolation.onField("R-PUB-1", "decisionId", "annualReport.notPartnershipMeeting");
        }
        this.approvedBy = decision;
        this.approvedOn = decision.getDecidedOn();
    }

    public HealthCommunity getCommunity() { return community; }
    public int getYear() { return year; }
    public String getText() { return text; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
    public Decision getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
}
