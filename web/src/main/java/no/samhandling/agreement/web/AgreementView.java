package no.samhandling.agreement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NewVersion;
import no.samhandling.agreement.boundary.VersionDetails.DocumentLine;
import no.samhandling.agreement.boundary.VersionLine;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.agreement.boundary.NoticeLine;
import no.samhandling.agreement.boundary.PublicationStatus;
import no.samhandling.agreement.boundary.ReviewDue;
import no.samhandling.agreement.boundary.ReviewLine;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.agreement.boundary.AgreementVersionSummary;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.NorwegianDateConverter;
import no.samhandling.web.Pages;
import no.samhandling.web.Uploads;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The agreement in force: its signatures per party (R-AGR-3), and recording one. */
@Named
@ViewScoped
public class AgreementView implements Serializable {

    @Inject
    AgreementService agreements;

    @Inject
    PartnerService partnerService;

    @Inject
    AgreementVersionService versionService;

    @Inject
    CaseService caseService;

    @Inject
    no.samhandling.meeting.boundary.MeetingService meetings;

    private List<BodyChoice> bodies;

    private List<VersionLine> versions;
    private List<DocumentLine> guidelines;
    private List<Tag> areas;
    private String draftLabel;
    private Long draftOwnerBodyId;
    private LocalDate draftValidFrom;
    private Integer draftNextRevisionYear;
    private Long guidelineAreaId;
    private String guidelineTitle;
    private String guidelineLabel;
    private LocalDate guidelineValidFrom;
    private transient jakarta.servlet.http.Part guidelineFile;

    private AgreementVersionSummary version;
    private List<SignatureLine> signatures;
    private List<PartnerSummary> signable;
    private Long partnerId;
    private LocalDate signedOn;
    private SignatoryRole signatoryRole;
    private PublicationStatus publication;
    private List<NoticeLine> notices;
    private LocalDate publishedOn;
    private String publishedUrl;
    private LocalDate directorateNotifiedOn;
    private Long noticePartnerId;
    private NoticeKind noticeKind;
    private LocalDate receivedOn;
    private String noticeReason;
    private List<ReviewLine> reviews;
    private ReviewDue reviewDue;
    private List<PartnerSummary> noticeParties;
    private LocalDate reviewPlannedOn;
    private Long reviewId;
    private LocalDate reviewHeldOn;
    private String reviewSummary;

    @PostConstruct
    void load() {
        version = agreements.summary(agreements.currentVersionId());
        signatures = agreements.signatures(version.id());
        Set<Long> unsigned = signatures.stream().filter(s -> !s.signed()).map(SignatureLine::partnerId)
                .collect(Collectors.toSet());
        signable = partnerService.list().stream().filter(p -> p.mayChange() && unsigned.contains(p.id())).toList();
    }

    /** R-AGR-1: a new draft version; its page takes it further. */
    @ShowsRuleViolations
    public String createDraft() {
        long id = versionService.createDraft(new NewVersion(draftLabel, draftOwnerBodyId, draftValidFrom,
                draftNextRevisionYear));
        Pages.flashInfo("agreement.version.created", draftLabel);
        return "/app/agreement-version?faces-redirect=true&id=" + id;
    }

    /** §3: a new guideline, or a new version of one, for a collaboration area. */
    @ShowsRuleViolations
    public String uploadGuideline() {
        byte[] content = Uploads.read(guidelineFile, "guidelineFile");
        versionService.uploadGuideline(guidelineAreaId == null ? 0 : guidelineAreaId, guidelineTitle, guidelineLabel,
                guidelineValidFrom, guidelineFile.getSubmittedFileName(), content);
        Pages.flashInfo("agreement.guideline.uploaded");
        return "/app/agreement?faces-redirect=true";
    }

    public List<VersionLine> getVersions() {
        if (versions == null) {
            versions = versionService.versions();
        }
        return versions;
    }

    public List<DocumentLine> getGuidelines() {
        if (guidelines == null) {
            guidelines = versionService.guidelines();
        }
        return guidelines;
    }

    public List<BodyChoice> getBodies() {
        if (bodies == null) {
            bodies = BodyChoice.of(meetings.activeBodies());
        }
        return bodies;
    }

    public List<Tag> getAreas() {
        if (areas == null) {
            areas = caseService.collaborationAreas();
        }
        return areas;
    }

    /** The area's name in the user's language. */
    public String areaName(Long areaId, boolean english) {
        return getAreas().stream().filter(a -> areaId != null && a.id() == areaId)
                .map(a -> english ? a.nameEn() : a.nameNb()).findFirst().orElse("");
    }

    public String getDraftLabel() { return draftLabel; }
    public void setDraftLabel(String value) { this.draftLabel = value; }
    public Long getDraftOwnerBodyId() { return draftOwnerBodyId; }
    public void setDraftOwnerBodyId(Long value) { this.draftOwnerBodyId = value; }
    public LocalDate getDraftValidFrom() { return draftValidFrom; }
    public void setDraftValidFrom(LocalDate value) { this.draftValidFrom = value; }
    public Integer getDraftNextRevisionYear() { return draftNextRevisionYear; }
    public void setDraftNextRevisionYear(Integer value) { this.draftNextRevisionYear = value; }
    public Long getGuidelineAreaId() { return guidelineAreaId; }
    public void setGuidelineAreaId(Long value) { this.guidelineAreaId = value; }
    public String getGuidelineTitle() { return guidelineTitle; }
    public void setGuidelineTitle(String value) { this.guidelineTitle = value; }
    public String getGuidelineLabel() { return guidelineLabel; }
    public void setGuidelineLabel(String value) { this.guidelineLabel = value; }
    public LocalDate getGuidelineValidFrom() { return guidelineValidFrom; }
    public void setGuidelineValidFrom(LocalDate value) { this.guidelineValidFrom = value; }
    public jakarta.servlet.http.Part getGuidelineFile() { return guidelineFile; }
    public void setGuidelineFile(jakarta.servlet.http.Part value) { this.guidelineFile = value; }

    /** R-AGR-4: the hospital records the publication and the link sent to the Directorate of Health. */
    @ShowsRuleViolations
    public String publish() {
        agreements.publish(version.id(), publishedOn, publishedUrl, directorateNotifiedOn);
        Pages.flashInfo("agreement.publication.recorded");
        return "/app/agreement?faces-redirect=true";
    }

    /** R-AGR-7 / R-AGR-8: a party's written notice of renegotiation or termination. */
    @ShowsRuleViolations
    public String recordNotice() {
        NoticeLine line = agreements.recordNotice(noticePartnerId == null ? 0 : noticePartnerId, noticeKind,
                receivedOn, noticeReason);
        Pages.flashInfo("agreement.notice.recorded", line.partner(), line.effectiveOn());
        return "/app/agreement?faces-redirect=true";
    }

    public PublicationStatus getPublication() {
        if (publication == null) {
            publication = agreements.publication(version.id());
        }
        return publication;
    }

    public List<NoticeLine> getNotices() {
        if (notices == null) {
            notices = agreements.notices();
        }
        return notices;
    }

    /** The parties the user may give notice for: all for the secretariat, their own for an administrator. */
    public List<PartnerSummary> getNoticeParties() {
        if (noticeParties == null) {
            noticeParties = partnerService.list().stream().filter(PartnerSummary::mayChange).toList();
        }
        return noticeParties;
    }

    /** R-AGR-6: plans this year's (or another year's) review of the agreement. */
    @ShowsRuleViolations
    public String planReview() {
        agreements.planReview(reviewPlannedOn);
        Pages.flashInfo("agreement.review.planned");
        return "/app/agreement?faces-redirect=true";
    }

    @ShowsRuleViolations
    public String recordReview() {
        ReviewLine line = getReviews().stream().filter(r -> reviewId != null && r.id() == reviewId).findFirst()
                .orElseThrow(() -> no.samhandling.rules.RuleViolation.invalidField("reviewId", "input.required"));
        agreements.recordReview(line.id(), line.version(), reviewHeldOn, reviewSummary);
        Pages.flashInfo("agreement.review.recorded");
        return "/app/agreement?faces-redirect=true";
    }

    public List<ReviewLine> getReviews() {
        if (reviews == null) {
            reviews = agreements.reviews();
        }
        return reviews;
    }

    public List<ReviewLine> getOpenReviews() {
        return getReviews().stream().filter(r -> r.heldOn() == null).toList();
    }

    /** A day inside a sentence, as the pages show days. */
    public String shown(LocalDate day) {
        return NorwegianDateConverter.shown(day);
    }

    /** R-AGR-6 as the service decides it (its clock, its rule): the next review's due day, overdue, this year's plan. */
    public ReviewDue getReviewDue() {
        if (reviewDue == null) {
            reviewDue = agreements.reviewDue();
        }
        return reviewDue;
    }

    public LocalDate getReviewPlannedOn() { return reviewPlannedOn; }
    public void setReviewPlannedOn(LocalDate value) { this.reviewPlannedOn = value; }
    public Long getReviewId() { return reviewId; }
    public void setReviewId(Long value) { this.reviewId = value; }
    public LocalDate getReviewHeldOn() { return reviewHeldOn; }
    public void setReviewHeldOn(LocalDate value) { this.reviewHeldOn = value; }
    public String getReviewSummary() { return reviewSummary; }
    public void setReviewSummary(String value) { this.reviewSummary = value; }

    public NoticeKind[] getNoticeKinds() { return NoticeKind.values(); }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate value) { this.publishedOn = value; }
    public String getPublishedUrl() { return publishedUrl; }
    public void setPublishedUrl(String value) { this.publishedUrl = value; }
    public LocalDate getDirectorateNotifiedOn() { return directorateNotifiedOn; }
    public void setDirectorateNotifiedOn(LocalDate value) { this.directorateNotifiedOn = value; }
    public Long getNoticePartnerId() { return noticePartnerId; }
    public void setNoticePartnerId(Long value) { this.noticePartnerId = value; }
    public NoticeKind getNoticeKind() { return noticeKind; }
    public void setNoticeKind(NoticeKind value) { this.noticeKind = value; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate value) { this.receivedOn = value; }
    public String getNoticeReason() { return noticeReason; }
    public void setNoticeReason(String value) { this.noticeReason = value; }

    @ShowsRuleViolations
    public String sign() {
        SignatureLine line = agreements.recordSignature(version.id(), partnerId, signedOn, signatoryRole);
        Pages.flashInfo("agreement.signature.recorded", line.partnerName());
        return "/app/agreement?faces-redirect=true";
    }

    public SignatoryRole[] getRoles() {
        return SignatoryRole.values();
    }

    public AgreementVersionSummary getVersion() { return version; }
    public List<SignatureLine> getSignatures() { return signatures; }
    public List<PartnerSummary> getSignable() { return signable; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate value) { this.signedOn = value; }
    public SignatoryRole getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(SignatoryRole value) { this.signatoryRole = value; }
}
