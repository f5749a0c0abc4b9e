package no.samhandling.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.publication.boundary.NewsletterLine;
import no.samhandling.publication.boundary.NewsletterService;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** R-PUB-1: the newsletters, three a year — planned, published, and a new one planned. */
@Named
@ViewScoped
public class NewslettersView implements Serializable {

    @Inject
    NewsletterService newsletters;

    @Inject
    CaseService cases;

    private List<NewsletterLine> lines;
    @Inject
    Clock clock;

    private Integer year;
    private Integer number = 1;
    private String title;
    private LocalDate plannedOn;
    private String contents;
    private final Map<Long, LocalDate> publishedOn = new HashMap<>();
    private Long[] decisionIds = new Long[0];

    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    void load() {
        lines = newsletters.list();
    }

    @ShowsRuleViolations
    public void plan() {
        newsletters.plan(year == null ? 0 : year, number == null ? 0 : number, title, plannedOn, contents,
                new HashSet<>(Arrays.asList(decisionIds)));
        Pages.flashInfo("newsletter.planned");
        title = null;
        plannedOn = null;
        contents = null;
        decisionIds = new Long[0];
        load();
    }

    @ShowsRuleViolations
    public void publish(NewsletterLine line) {
        newsletters.publish(line.id(), line.version(), publishedOn.get(line.id()));
        Pages.flashInfo("newsletter.published");
        load();
    }

    public List<NewsletterLine> getLines() { return lines; }
    public List<Tag> getDecisions() { return cases.decisions(null); }
    public Long[] getDecisionIds() { return decisionIds; }
    public void setDecisionIds(Long[] value) { this.decisionIds = value == null ? new Long[0] : value; }
    public Map<Long, LocalDate> getPublishedOn() { return publishedOn; }
    public Integer getYear() { return year; }
    public void setYear(Integer value) { this.year = value; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer value) { this.number = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate value) { this.plannedOn = value; }
    public String getContents() { return contents; }
    public void setContents(String value) { this.contents = value; }
}
