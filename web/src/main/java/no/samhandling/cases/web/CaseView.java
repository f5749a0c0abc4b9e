package no.samhandling.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.MemberLine;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseDetails;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.Uploads;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One case: the case paper (R-CASE-1, R-CASE-2), its papers, its way through the meetings, the decision with its
 * follow-up actions (R-CASE-6), GP input (R-CASE-7) and conflicts of interest.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    /** Not stated / none / stated: the three answers R-CASE-2 knows. */
    public static final String NOT_STATED = "NOT_STATED";

    @Inject
    CaseService caseService;

    @Inject
    FollowUpService followUpService;

    @Inject
    AgendaService agendaService;

    @Inject
    BodyService bodyService;

    @Inject
    PartnerService partnerService;

    private Long id;
    private CaseDetails details;
    private String title;
    private String description;
    private String proposal;
    private boolean proposalsDiffer;
    private String alternatives;
    private String consequencesAnswer;
    private String consequences;
    private List<Long> areaIds = new ArrayList<>();
    private List<Long> groupIds = new ArrayList<>();
    private transient Part upload;
    private String actionDescription;
    private Long actionResponsible;
    private LocalDate actionDue;
    private Long personId;
    private String text;
    private String decidedBy;
    private String correctedText;
    private String correctionReason;
    private List<Tag> areas;
    private List<Tag> priorityGroups;
    private List<PartnerSummary> partners;
    private List<MemberLine> people;

    @ShowsRuleViolations
    public void load() {
        details = caseService.details(id);
        CaseText t = details.text();
        title = t.title();
        description = t.description();
        proposal = t.proposal();
        proposalsDiffer = t.proposalsDiffer();
        alternatives = t.alternatives();
        consequencesAnswer = t.hasConsequences() == null ? NOT_STATED : t.hasConsequences().toString();
        consequences = t.consequences();
        areaIds = new ArrayList<>(t.areaIds());
        groupIds = new ArrayList<>(t.priorityGroupIds());
        correctedText = details.decision() == null ? null : details.decision().text();
    }

    @ShowsRuleViolations
    public String save() {
        Boolean has = NOT_STATED.equals(consequencesAnswer) || consequencesAnswer == null ? null
                : Boolean.valueOf(consequencesAnswer);
        caseService.update(id, details.version(), new CaseText(title, description, proposal, proposalsDiffer,
                alternatives, has, consequences, new HashSet<>(areaIds), new HashSet<>(groupIds)));
        Pages.flashInfo("case.saved", details.number());
        return reload();
    }

    @ShowsRuleViolations
    public String uploadPaper() {
        caseService.uploadPaper(id, upload.getSubmittedFileName(), Uploads.read(upload, "file"));
        Pages.flashInfo("case.paperUploaded");
        return reload();
    }

    @ShowsRuleViolations
    public String addAction() {
        followUpService.add(details.decision().id(), actionDescription, actionResponsible, actionDue);
        Pages.flashInfo("case.actionAdded");
        return reload();
    }

    /** Changes the decision; after approved minutes only with a reason, recorded as a correction of the minutes. */
    @ShowsRuleViolations
    public String correctDecision() {
        agendaService.correctDecision(details.decision().id(), details.decision().version(), correctedText,
                correctionReason);
        Pages.flashInfo("case.decisionCorrected");
        return reload();
    }

    @ShowsRuleViolations
    public String addGpInput() {
        caseService.addGpInput(id, personId == null ? 0 : personId, text);
        Pages.flashInfo("case.inputAdded");
        return reload();
    }

    @ShowsRuleViolations
    public String recordConflict() {
        caseService.recordConflictOfInterest(id, personId == null ? 0 : personId, text, decidedBy);
        Pages.flashInfo("case.conflictRecorded");
        return reload();
    }

    private String reload() {
        return "/app/case?faces-redirect=true&id=" + id;
    }

    // the choices of the forms, read once per view instead of at every evaluation of the page
    public List<Tag> getAreas() {
        return areas == null ? areas = caseService.collaborationAreas() : areas;
    }

    public List<Tag> getPriorityGroups() {
        return priorityGroups == null ? priorityGroups = caseService.priorityGroups() : priorityGroups;
    }

    public List<PartnerSummary> getPartners() {
        return partners == null ? partners = partnerService.list() : partners;
    }

    public List<MemberLine> getPeople() {
        return people == null ? people = bodyService.people() : people;
    }

    public boolean isSsu() { return details.bodyKind() == no.samhandling.body.entity.BodyKind.STRATEGIC_COMMITTEE; }
    public boolean isOpen() { return details.status() == no.samhandling.cases.entity.CaseStatus.OPEN; }

    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public CaseDetails getDetails() { return details; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { this.description = value; }
    public String getProposal() { return proposal; }
    public void setProposal(String value) { this.proposal = value; }
    public boolean isProposalsDiffer() { return proposalsDiffer; }
    public void setProposalsDiffer(boolean value) { this.proposalsDiffer = value; }
    public String getAlternatives() { return alternatives; }
    public void setAlternatives(String value) { this.alternatives = value; }
    public String getConsequencesAnswer() { return consequencesAnswer; }
    public void setConsequencesAnswer(String value) { this.consequencesAnswer = value; }
    public String getConsequences() { return consequences; }
    public void setConsequences(String value) { this.consequences = value; }
    public List<Long> getAreaIds() { return areaIds; }
    public void setAreaIds(List<Long> value) { this.areaIds = value; }
    public List<Long> getGroupIds() { return groupIds; }
    public void setGroupIds(List<Long> value) { this.groupIds = value; }
    public Part getUpload() { return upload; }
    public void setUpload(Part value) { this.upload = value; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String value) { this.actionDescription = value; }
    public Long getActionResponsible() { return actionResponsible; }
    public void setActionResponsible(Long value) { this.actionResponsible = value; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate value) { this.actionDue = value; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long value) { this.personId = value; }
    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String value) { this.decidedBy = value; }
    public String getCorrectedText() { return correctedText; }
    public void setCorrectedText(String value) { this.correctedText = value; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String value) { this.correctionReason = value; }
}
