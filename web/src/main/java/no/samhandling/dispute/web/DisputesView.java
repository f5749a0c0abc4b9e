package no.samhandling.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.dispute.boundary.DisputeLine;
import no.samhandling.dispute.boundary.DisputeQuery;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.NewDispute;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.dispute.entity.DisputeStep;
import no.samhandling.dispute.entity.DisputeSubject;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;
import no.samhandling.web.SqlPages;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The dispute register: open disputes by party, kind, step and age, filters, and raising a new dispute. */
@Named
@ViewScoped
public class DisputesView implements Serializable {

    @Inject
    Clock clock;

    @Inject
    DisputeService disputes;

    @Inject
    PartnerService partnerService;

    @Inject
    CaseService caseService;

    private Long partnerId;
    private DisputeKind kind;
    private DisputeStep step;
    private DisputeStatus status = DisputeStatus.OPEN;
    private SqlPages<DisputeLine> lines;
    private List<PartnerSummary> partners;
    private List<CaseSummary> noConsensus;
    private DisputeKind newKind;
    private DisputeSubject newSubject;
    private String title;
    private String description;
    private Long municipalityId;
    private Long raisedByPartnerId;
    private LocalDate openedOn;
    private Long caseId;

    /** A new dispute is opened today, the server's (its clock, not the machine's). */
    @PostConstruct
    void today() {
        openedOn = LocalDate.now(clock);
    }

    public SqlPages<DisputeLine> getLines() {
        if (lines == null) {
            DisputeQuery query = new DisputeQuery(partnerId, kind, step, status);
            lines = new SqlPages<>((offset, limit) -> disputes.list(query, offset, limit), () -> disputes.count(query),
                    DisputeLine::id);
        }
        return lines;
    }

    public void search() {
        lines = null;
    }

    @ShowsRuleViolations
    public String open() {
        long id = disputes.open(new NewDispute(newKind, newSubject, title, description, municipalityId,
                raisedByPartnerId, openedOn, caseId));
        Pages.flashInfo("dispute.opened");
        return "/app/dispute?faces-redirect=true&id=" + id;
    }

    public List<PartnerSummary> getPartners() {
        if (partners == null) {
            partners = partnerService.list();
        }
        return partners;
    }

    /** The parties the user may raise a dispute for. */
    public List<PartnerSummary> getRaisers() {
        return getPartners().stream().filter(PartnerSummary::mayChange).toList();
    }

    public List<PartnerSummary> getMunicipalities() {
        return getPartners().stream().filter(p -> p.municipalityNumber() != null).toList();
    }

    /** Cases closed without consensus, which a dispute may start from. */
    public List<CaseSummary> getNoConsensus() {
        if (noConsensus == null) {
            noConsensus = caseService.search(new CaseQuery(null, null, null, null, null, CaseStatus.NO_CONSENSUS, null));
        }
        return noConsensus;
    }

    public DisputeKind[] getKinds() { return DisputeKind.values(); }
    public DisputeStep[] getSteps() { return DisputeStep.values(); }
    public DisputeStatus[] getStatuses() { return DisputeStatus.values(); }
    public DisputeSubject[] getSubjects() { return DisputeSubject.values(); }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public DisputeKind getKind() { return kind; }
    public void setKind(DisputeKind value) { this.kind = value; }
    public DisputeStep getStep() { return step; }
    public void setStep(DisputeStep value) { this.step = value; }
    public DisputeStatus getStatus() { return status; }
    public void setStatus(DisputeStatus value) { this.status = value; }
    public DisputeKind getNewKind() { return newKind; }
    public void setNewKind(DisputeKind value) { this.newKind = value; }
    public DisputeSubject getNewSubject() { return newSubject; }
    public void setNewSubject(DisputeSubject value) { this.newSubject = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { this.description = value; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long value) { this.municipalityId = value; }
    public Long getRaisedByPartnerId() { return raisedByPartnerId; }
    public void setRaisedByPartnerId(Long value) { this.raisedByPartnerId = value; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate value) { this.openedOn = value; }
    /** Arriving from a case without consensus: the new dispute is about an agreement, guideline or routine. */
    public Long getFromCase() { return caseId; }
    public void setFromCase(Long value) {
        this.caseId = value;
        if (value != null) {
            this.newKind = DisputeKind.AGREEMENT;
        }
    }

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long value) { this.caseId = value; }
}
