package no.samhandling.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.publication.boundary.AnnualReportService;
import no.samhandling.publication.boundary.AnnualReportView;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** R-PUB-1: the annual report of a year — drafted from the records, edited, approved by the partnership meeting. */
@Named("annualReportPage")
@ViewScoped
public class AnnualReportPage implements Serializable {

    @Inject
    AnnualReportService reports;

    @Inject
    CaseService cases;

    @Inject
    Clock clock;

    private int year;
    private AnnualReportView report;
    private String text;
    private Long decisionId;

    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear() - 1;
        load();
    }

    void load() {
        report = reports.of(year).orElse(null);
        text = report == null ? null : report.text();
    }

    public void show() {
        load();
    }

    @ShowsRuleViolations
    public void draft() {
        report = reports.draft(year);
        text = report.text();
        Pages.flashInfo("annualReport.drafted");
    }

    @ShowsRuleViolations
    public void save() {
        report = reports.edit(year, report.version(), text);
        Pages.flashInfo("annualReport.saved");
    }

    @ShowsRuleViolations
    public void approve() {
        report = reports.approve(year, report.version(), decisionId == null ? 0 : decisionId);
        Pages.flashInfo("annualReport.approvedMessage");
    }

    public List<Tag> getDecisions() { return cases.decisions(BodyKind.PARTNERSHIP_MEETING); }
    public AnnualReportView getReport() { return report; }
    public int getYear() { return year; }
    public void setYear(int value) { this.year = value; }
    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long value) { this.decisionId = value; }
}
