package no.samhandling.publication.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * R-PUB-1: one of the year's three newsletters — number 1 to 3 within its year, planned and (when out) published on
 * days of that year, with its contents (news) and the decisions it tells of.
 */
@Entity
@Table(name = "newsletter")
public class Newsletter extends VersionedEntity {

    public static final int ISSUES_PER_YEAR = 3;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "issue_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(length = 4000)
    private String contents;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "newsletter_decision", joinColumns = @JoinColumn(name = "newsletter_id"))
    @Column(name = "decision_id")
    private Set<Long> decisionIds = new HashSet<>();

    protected Newsletter() {
    }

    public Newsletter(HealthCommunity community, int year, int number, String title, LocalDate plannedOn,
                      String contents, Set<Long> decisionIds) {
        if (number < 1 || number > ISSUES_PER_YEAR) {
            throw new RuleViolation("R-PUB-1", "newsletter.number.range");
        }
        this.community = community;
        this.year = year;
        this.number = number;
        describe(title, plannedOn, contents, decisionIds);
    }

    /** Title, planned day, contents, and the decisions the issue tells of (ids the caller has checked). */
    public void describe(String newTitle, LocalDate newPlannedOn, String newContents, Set<Long> newDecisionIds) {
        this.title = Texts.required("title", newTitle, 300, "newsletter.title.required");
        this.plannedOn = inYear("plannedOn", newPlannedOn);
        this.contents = Texts.optional("contents", newContents, 4000);
        this.decisionIds = new HashSet<>(newDecisionIds == null ? Set.of() : newDecisionIds);
    }

    /** Out on that day, which must be in the newsletter's year and not after today. */
    public void publish(LocalDate on, LocalDate today) {
        inYear("publishedOn", on);
        if (on.isAfter(today)) {
            throw RuleViolation.invalidField("publishedOn", "newsletter.publishedOn.future");
        }
        this.publishedOn = on;
    }

    private LocalDate inYear(String field, LocalDate day) {
        if (day == null || day.getYear() != year) {
            throw RuleViolation.onField("R-PUB-1", field, "newsletter.outsideYear", year);
        }
        return day;
    }

    /** The third of the year (1: January–April, 2: May–August, 3: September–December) a day falls in. */
    public static int thirdOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 4 + 1;
    }

    public HealthCommunity getCommunity() { return community; }
    public int getYear() { return year; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getContents() { return contents; }
    public Set<Long> getDecisionIds() { return Set.copyOf(decisionIds); }
}
