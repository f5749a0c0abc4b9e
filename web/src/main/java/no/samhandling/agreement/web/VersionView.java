package no.samhandling.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NewApproval;
import no.samhandling.agreement.boundary.NewVersion;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.agreement.boundary.VersionDetails;
import no.samhandling.agreement.boundary.VersionDetails.ConsultationLine;
import no.samhandling.agreement.entity.ApprovalForm;
import no.samhandling.agreement.entity.DocumentKind;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.rules.RuleViolation;
import no.samhandling.web.Pages;
import no.samhandling.web.Uploads;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of the agreement on its way to force (R-AGR-1): plan, next step, approval history, documents, the
 * required consultations with those missing (R-AGR-2), and its bilateral signatures (R-AGR-3).
 */
@Named
@ViewScoped
public class VersionView implements Serializable {

    @Inject
    AgreementVersionService versions;

    @Inject
    AgreementService agreements;

    @Inject
    PartnerService partnerService;

    @Inject
    MeetingService meetings;

    private Long id;
    private VersionDetails details;
    private List<SignatureLine> signatures;
    private List<PartnerSummary> signable;
    private List<BodyChoice> bodies;
    private Long ownerBodyId;
    private LocalDate validFrom;
    private Integer nextRevisionYear;
    private String stepNote;
    private Long approvalBodyId;
    private LocalDate approvedOn;
    private ApprovalForm approvalForm;
    private String approvalNote;
    private DocumentKind documentKind;
    private String documentTitle;
    private transient Part document;
    private Long consultationId;
    private LocalDate heldOn;
    private String outcome;
    private transient Part statement;
    private String exceptionReason;
    private Long partnerId;
    private LocalDate signedOn;
    private SignatoryRole signatoryRole;

    @ShowsRuleViolations
    public void load() {
        details = versions.details(id);
        signatures = agreements.signatures(id);
        Set<Long> unsigned = signatures.stream().filter(s -> !s.signed()).map(SignatureLine::partnerId)
                .collect(Collectors.toSet());
        signable = details.status().acceptsSignatures()
                ? partnerService.list().stream().filter(p -> p.mayChange() && unsigned.contains(p.id())).toList()
                : List.of();
        ownerBodyId = details.ownerBodyId();
        validFrom = details.validFrom();
        nextRevisionYear = details.nextRevisionYear();
    }

    private String reload() {
        return "/app/agreement-version?faces-redirect=true&id=" + id;
    }

    @ShowsRuleViolations
    public String savePlan() {
        versions.plan(id, details.version(), new NewVersion(null, ownerBodyId, validFrom, nextRevisionYear));
        Pages.flashInfo("agreement.version.saved");
        return reload();
    }

    /** R-AGR-1: the version takes its next step. */
    @ShowsRuleViolations
    public String advance() {
        VersionDetails after = versions.advance(id, details.version(), details.nextStep(), stepNote);
        Pages.flashInfo("agreement.version.stepTaken", after.label());
        return reload();
    }

    @ShowsRuleViolations
    public String addApproval() {
        versions.addApproval(id, new NewApproval(approvalBodyId, approvedOn, approvalForm, approvalNote));
        Pages.flashInfo("agreement.approval.added");
        return reload();
    }

    @ShowsRuleViolations
    public String removeApproval(long approvalId) {
        versions.removeApproval(id, approvalId);
        Pages.flashInfo("agreement.approval.removed");
        return reload();
    }

    @ShowsRuleViolations
    public String uploadDocument() {
        byte[] content = Uploads.read(document, "document");
        versions.uploadDocument(id, documentKind, documentTitle, document.getSubmittedFileName(), content);
        Pages.flashInfo("agreement.document.uploaded");
        return reload();
    }

    /** R-AGR-2: a council's consultation with its outcome and, if given, the statement. */
    @ShowsRuleViolations
    public String recordConsultation() {
        ConsultationLine line = getRecordable().stream()
                .filter(c -> consultationId != null && c.id() == consultationId).findFirst()
                .orElseThrow(() -> RuleViolation.invalidField("consultationId", "input.required"));
        boolean attached = Uploads.present(statement);
        versions.recordConsultation(line.id(), line.version(), heldOn, outcome,
                attached ? statement.getSubmittedFileName() : null, attached ? Uploads.read(statement, "statement") : null);
        Pages.flashInfo("agreement.consultation.recorded");
        return reload();
    }

    @ShowsRuleViolations
    public String exempt() {
        versions.exemptConsultations(id, details.version(), exceptionReason);
        Pages.flashInfo("agreement.consultation.exempted");
        return reload();
    }

    @ShowsRuleViolations
    public String sign() {
        SignatureLine line = agreements.recordSignature(id, partnerId == null ? 0 : partnerId, signedOn, signatoryRole);
        Pages.flashInfo("agreement.signature.recorded", line.partnerName());
        return reload();
    }

    /** The consultations not yet recorded that this user may record: the secretariat all, others their own party's. */
    public List<ConsultationLine> getRecordable() {
        return details.consultations().stream().filter(c -> c.mayRecord() && !c.recorded()).toList();
    }

    public List<BodyChoice> getBodies() {
        if (bodies == null) {
            bodies = BodyChoice.of(meetings.activeBodies());
        }
        return bodies;
    }

    public ApprovalForm[] getApprovalForms() { return ApprovalForm.values(); }
    public DocumentKind[] getDocumentKinds() { return new DocumentKind[]{DocumentKind.TEXT, DocumentKind.ATTACHMENT}; }
    public SignatoryRole[] getRoles() { return SignatoryRole.values(); }

    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public VersionDetails getDetails() { return details; }
    public List<SignatureLine> getSignatures() { return signatures; }
    public List<PartnerSummary> getSignable() { return signable; }
    public Long getOwnerBodyId() { return ownerBodyId; }
    public void setOwnerBodyId(Long value) { this.ownerBodyId = value; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate value) { this.validFrom = value; }
    public Integer getNextRevisionYear() { return nextRevisionYear; }
    public void setNextRevisionYear(Integer value) { this.nextRevisionYear = value; }
    public String getStepNote() { return stepNote; }
    public void setStepNote(String value) { this.stepNote = value; }
    public Long getApprovalBodyId() { return approvalBodyId; }
    public void setApprovalBodyId(Long value) { this.approvalBodyId = value; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate value) { this.approvedOn = value; }
    public ApprovalForm getApprovalForm() { return approvalForm; }
    public void setApprovalForm(ApprovalForm value) { this.approvalForm = value; }
    public String getApprovalNote() { return approvalNote; }
    public void setApprovalNote(String value) { this.approvalNote = value; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind value) { this.documentKind = value; }
    public String getDocumentTitle() { return documentTitle; }
    public void setDocumentTitle(String value) { this.documentTitle = value; }
    public Part getDocument() { return document; }
    public void setDocument(Part value) { this.document = value; }
    public Long getConsultationId() { return consultationId; }
    public void setConsultationId(Long value) { this.consultationId = value; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate value) { this.heldOn = value; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String value) { this.outcome = value; }
    public Part getStatement() { return statement; }
    public void setStatement(Part value) { this.statement = value; }
    public String getExceptionReason() { return exceptionReason; }
    public void setExceptionReason(String value) { this.exceptionReason = value; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate value) { this.signedOn = value; }
    public SignatoryRole getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(SignatoryRole value) { this.signatoryRole = value; }
}
