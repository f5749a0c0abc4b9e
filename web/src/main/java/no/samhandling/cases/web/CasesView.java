package no.samhandling.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.entity.Body;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.ShowsRuleViolations;
import no.samhandling.web.SqlPages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Search and filter over the community's cases; a new case starts here. */
@Named
@ViewScoped
public class CasesView implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    MeetingService meetingService;

    @Inject
    PartnerService partnerService;

    private String text;
    private Long bodyId;
    private Integer year;
    private Long areaId;
    private Long groupId;
    private CaseStatus status;
    private Long proposedById;
    private SqlPages<CaseSummary> cases;
    private Long newBodyId;
    private String newTitle;
    private List<Body> bodies;
    private List<Tag> areas;
    private List<Tag> priorityGroups;
    private List<PartnerSummary> parties;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        CaseQuery query = new CaseQuery(text, bodyId, year, areaId, groupId, status, proposedById);
        cases = new SqlPages<>((offset, limit) -> caseService.search(query, offset, limit), () -> caseService.count(query),
                CaseSummary::id);
    }

    @ShowsRuleViolations
    public String register() {
        long id = caseService.register(new NewCase(newBodyId, null,
                new CaseText(newTitle, null, null, false, null, null, null, Set.of(), Set.of())));
        return "/app/case?faces-redirect=true&id=" + id;
    }

    // the filters' choices, read once per view instead of at every evaluation of the page
    public List<Body> getBodies() {
        return bodies == null ? bodies = meetingService.activeBodies() : bodies;
    }

    public List<Tag> getAreas() {
        return areas == null ? areas = caseService.collaborationAreas() : areas;
    }

    public List<Tag> getPriorityGroups() {
        return priorityGroups == null ? priorityGroups = caseService.priorityGroups() : priorityGroups;
    }

    public List<PartnerSummary> getParties() {
        return parties == null ? parties = partnerService.list() : parties;
    }

    public CaseStatus[] getStatuses() { return CaseStatus.values(); }
    public SqlPages<CaseSummary> getCases() { return cases; }
    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long value) { this.bodyId = value; }
    public Integer getYear() { return year; }
    public void setYear(Integer value) { this.year = value; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long value) { this.areaId = value; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long value) { this.groupId = value; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus value) { this.status = value; }
    public Long getProposedById() { return proposedById; }
    public void setProposedById(Long value) { this.proposedById = value; }
    public Long getNewBodyId() { return newBodyId; }
    public void setNewBodyId(Long value) { this.newBodyId = value; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String value) { this.newTitle = value; }
}
