package no.samhandling.info.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.info.boundary.ChangeNoticeLine;
import no.samhandling.info.boundary.ChangeNoticeService;
import no.samhandling.info.boundary.NewChangeNotice;
import no.samhandling.info.entity.ChangeKind;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** R-INFO-1: the change notices of the parties, who has acknowledged each, a new notice, acknowledging one. */
@Named
@ViewScoped
public class ChangeNoticesView implements Serializable {

    @Inject
    ChangeNoticeService notices;

    @Inject
    CaseService cases;

    @Inject
    PartnerService partners;

    private List<ChangeNoticeLine> lines;
    private Long partnerId;
    private String title;
    private String description;
    private ChangeKind kind = ChangeKind.ROUTINE;
    private LocalDate effectiveFrom;
    private Long[] areaIds = new Long[0];

    @PostConstruct
    void load() {
        lines = notices.list();
    }

    @ShowsRuleViolations
    public void announce() {
        notices.announce(new NewChangeNotice(partnerId, title, description, kind, effectiveFrom,
                new HashSet<>(Arrays.asList(areaIds))));
        Pages.flashInfo("changeNotice.announced");
        title = null;
        description = null;
        effectiveFrom = null;
        areaIds = new Long[0];
        load();
    }

    @ShowsRuleViolations
    public void acknowledge(long noticeId) {
        notices.acknowledge(noticeId, null);
        Pages.flashInfo("changeNotice.acknowledged");
        load();
    }

    /** Names in one line. */
    public String join(List<String> names) {
        return String.join(", ", names);
    }

    public List<ChangeNoticeLine> getLines() { return lines; }
    public List<Tag> getAreas() { return cases.collaborationAreas(); }
    public List<PartnerSummary> getPartners() { return partners.list(); }
    public ChangeKind[] getKinds() { return ChangeKind.values(); }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { this.description = value; }
    public ChangeKind getKind() { return kind; }
    public void setKind(ChangeKind value) { this.kind = value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate value) { this.effectiveFrom = value; }
    public Long[] getAreaIds() { return areaIds; }
    public void setAreaIds(Long[] value) { this.areaIds = value == null ? new Long[0] : value; }
}
