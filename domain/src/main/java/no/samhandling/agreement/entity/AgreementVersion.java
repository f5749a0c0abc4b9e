package no.samhandling.agreement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Body;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the framework agreement (R-AGR-1): valid-from day, owner body, next revision, approval history, and
 * its way draft → consultation → approved → signing → in force → superseded, one step at a time, each kept as an
 * event. Going to consultation creates the required consultations (R-AGR-2); putting the version to the municipal
 * councils and the hospital board (→ signing) needs them all recorded or an exception. Keeps its bilateral
 * signatures (R-AGR-3): one per party, dated, by a role that may sign for that kind of party, never in the future.
 */
@Entity
@Table(name = "agreement_version")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class AgreementVersion extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @Column(nullable = false, length = 20, updatable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "next_revision_year")
    private Integer nextRevisionYear;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_url", length = 500)
    private String publishedUrl;

    @Column(name = "directorate_notified_on")
    private LocalDate directorateNotifiedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_body_id")
    private Body ownerBody;

    @Column(name = "consultation_exception", length = 1000)
    private String consultationException;

    @Column(name = "consultation_exception_by", length = 100)
    private String consultationExceptionBy;

    @Column(name = "consultation_exception_at")
    private Instant consultationExceptionAt;

    @NotAudited

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.PERSIST)
    private List<AgreementSignature> signatures = new ArrayList<>();

    @NotAudited

    @OneToMany(mappedBy = "agreementVersion", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    private List<AgreementApproval> approvals = new ArrayList<>();

    @NotAudited

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AgreementConsultation> consultations = new ArrayList<>();

    @NotAudited

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<AgreementVersionEvent> events = new ArrayList<>();

    protected AgreementVersion() {
    }

    public AgreementVersion(FrameworkAgreement agreement, String label, AgreementStatus status, LocalDate validFrom) {
        this.agreement = agreement;
        this.label = label;
        this.status = status;
        this.validFrom = validFrom;
    }

    /** R-AGR-1: a new draft, owned by a body, planned from a day, with the year of its next revision. */
    public static AgreementVersion draft(FrameworkAgreement agreement, String label, Body ownerBody,
                                         LocalDate validFrom, Integer nextRevisionYear, LocalDate today, String by) {
        String name = Texts.required("label", label, 20, "input.required");
        AgreementVersion version = new AgreementVersion(agreement, name, AgreementStatus.DRAFT, null);
        version.plan(ownerBody, validFrom, nextRevisionYear);
        version.events.add(new AgreementVersionEvent(version, null, AgreementStatus.DRAFT, today, by, null));
        return version;
    }

    /** R-AGR-1: owner body, valid-from day and next revision; changeable until the version is in force. */
    public void plan(Body owner, LocalDate from, Integer revisionYear) {
        if (status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUPERSEDED) {
            throw new RuleViolation("R-AGR-1", "agreement.version.closed", label);
        }
        if (owner == null) {
            throw RuleViolation.invalidField("ownerBodyId", "input.required");
        }
        if (from != null && revisionYear != null && revisionYear < from.getYear()) {
            throw RuleViolation.invalidField("nextRevisionYear", "agreement.version.revisionBeforeValid", from.getYear());
        }
        this.ownerBody = owner;
        this.validFrom = from;
        this.nextRevisionYear = revisionYear;
    }

    /** R-AGR-1: a body approved the version, on a day (not in the future, the body valid then) and in a form. */
    public AgreementApproval addApproval(Body body, LocalDate on, ApprovalForm form, String note, LocalDate today,
                                         String by) {
        if (status == AgreementStatus.DRAFT || status == AgreementStatus.SUPERSEDED) {
            throw new RuleViolation("R-AGR-1", "agreement.approval.notOpen", label);
        }
        if (body == null) {
            throw RuleViolation.invalidField("bodyId", "input.required");
        }
        if (on == null || on.isAfter(today)) {
            throw RuleViolation.invalidField("approvedOn", "agreement.approval.date");
        }
        if (!body.isValidOn(on)) {
            throw RuleViolation.invalidField("bodyId", "agreement.approval.bodyNotValid", body.getCode(), on);
        }
        if (form == null) {
            throw RuleViolation.invalidField("form", "input.required");
        }
        AgreementApproval approval = new AgreementApproval(this, body, on, form, Texts.optional("note", note, 300), by);
        approvals.add(approval);
        return approval;
    }

    /** R-AGR-1: corrects the history by removing an entry recorded in error; the history of a version in force stays. */
    public void removeApproval(long approvalId) {
        if (status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUPERSEDED) {
            throw new RuleViolation("R-AGR-1", "agreement.version.closed", label);
        }
        if (!approvals.removeIf(a -> Objects.equals(a.getId(), approvalId))) {
            throw RuleViolation.invalidField("approvalId", "input.required");
        }
    }

    /** R-AGR-1 / R-AGR-2: the draft goes to consultation with its text; every party's councils are listed. */
    public List<AgreementConsultation> openConsultation(List<Partner> parties, boolean hasText, LocalDate today,
                                                        String by, String note) {
        if (!hasText) {
            throw new RuleViolation("R-AGR-1", "agreement.version.textMissing", label);
        }
        move(AgreementStatus.DRAFT, AgreementStatus.CONSULTATION, today, by, note);
        List<AgreementConsultation> created = parties.stream()
                .flatMap(p -> Council.requiredFor(p.getKind()).stream().map(c -> new AgreementConsultation(this, p, c)))
                .toList();
        consultations.addAll(created);
        return created;
    }

    /** R-AGR-1: the owner body has approved the version (an entry of the approval history says so). */
    public void approve(LocalDate today, String by, String note) {
        if (approvals.stream().noneMatch(a -> a.getBody().equals(ownerBody))) {
            throw new RuleViolation("R-AGR-1", "agreement.version.ownerApprovalMissing", label, ownerBody.getCode());
        }
        move(AgreementStatus.CONSULTATION, AgreementStatus.APPROVED, today, by, note);
    }

    /**
     * R-AGR-2: the version goes to the municipal councils and the hospital board for decision and signature, only
     * when every required consultation is recorded, or the secretariat recorded why it goes without.
     */
    public void putToCouncils(LocalDate today, String by, String note) {
        long missing = missingConsultations().size();
        if (status == AgreementStatus.APPROVED && missing > 0 && consultationException == null) {
            throw new RuleViolation("R-AGR-2", "agreement.consultation.missing", missing);
        }
        move(AgreementStatus.APPROVED, AgreementStatus.SIGNING, today, by, note);
    }

    /** R-AGR-2: why the version may go on without the missing consultations; who said so and when. */
    public void exemptConsultations(String reason, Instant at, String by) {
        if (status != AgreementStatus.CONSULTATION && status != AgreementStatus.APPROVED) {
            throw new RuleViolation("R-AGR-2", "agreement.consultation.notOpen", label);
        }
        this.consultationException = Texts.required("reason", reason, 1000, "agreement.consultation.reasonRequired");
        this.consultationExceptionBy = by;
        this.consultationExceptionAt = at;
    }

    /**
     * R-AGR-1: every party signed (R-AGR-3); the version is in force from its valid-from day, which is reached and
     * not before the last approval.
     */
    public void bringIntoForce(int parties, LocalDate today, String by, String note) {
        if (status == AgreementStatus.SIGNING && signatures.size() < parties) {
            throw new RuleViolation("R-AGR-3", "agreement.version.notAllSigned", parties - signatures.size());
        }
        if (validFrom == null || validFrom.isAfter(today)) {
            throw RuleViolation.invalidField("validFrom", "agreement.version.validFromFuture");
        }
        Optional<LocalDate> lastApproval = approvals.stream().map(AgreementApproval::day).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (lastApproval.isPresent() && validFrom.isBefore(lastApproval.get())) {
            throw RuleViolation.invalidField("validFrom", "agreement.version.validBeforeApproval", lastApproval.get());
        }
        move(AgreementStatus.SIGNING, AgreementStatus.IN_FORCE, today, by, note);
    }

    /** R-AGR-1: a newer version came into force. */
    public void supersede(AgreementVersion successor, LocalDate today, String by) {
        move(AgreementStatus.IN_FORCE, AgreementStatus.SUPERSEDED, today, by, "Erstattet av versjon " + successor.label);
    }

    private void move(AgreementStatus from, AgreementStatus to, LocalDate today, String by, String note) {
        if (status != from) {
            throw new RuleViolation("R-AGR-1", "agreement.version.wrongStep", label);
        }
        events.add(new AgreementVersionEvent(this, status, to, today, by, Texts.optional("note", note, 1000)));
        status = to;
    }

    /** R-AGR-2: the required consultations not yet recorded. */
    public List<AgreementConsultation> missingConsultations() {
        return consultations.stream().filter(c -> !c.isRecorded()).toList();
    }

    /** The day the version went to consultation, if it has. */
    public Optional<LocalDate> consultationOpenedOn() {
        return events.stream().filter(e -> e.getToStatus() == AgreementStatus.CONSULTATION)
                .map(AgreementVersionEvent::getChangedOn).findFirst();
    }

    /** R-AGR-3: records the party's signature; each party signs a version once. */
    public AgreementSignature sign(Partner party, LocalDate signedOn, SignatoryRole role, LocalDate today,
                                   Instant recordedAt, String recordedBy) {
        if (!status.acceptsSignatures()) {
            throw new RuleViolation("R-AGR-3", "agreement.signature.notApproved", label);
        }
        if (signedOn == null || signedOn.isAfter(today)) {
            throw RuleViolation.invalidField("signedOn", "agreement.signature.future");
        }
        if (role == null || !role.maySignFor(party.getKind())) {
            throw RuleViolation.invalidField("signatoryRole", "agreement.signature.wrongRole", party.getName());
        }
        if (signatures.stream().anyMatch(s -> s.getPartner().equals(party))) {
            throw new RuleViolation("R-AGR-3", "agreement.signature.duplicate", party.getName(), label);
        }
        AgreementSignature signature = new AgreementSignature(this, party, signedOn, role, recordedAt, recordedBy);
        signatures.add(signature);
        return signature;
    }

    /**
     * R-AGR-4: the hospital publishes the version within a month of the last signature and sends the link to the
     * Directorate of Health. Only when every party has signed; not before the last signature; not in the future.
     */
    public void publish(int parties, LocalDate publishedOn, String url, LocalDate directorateNotifiedOn,
                        LocalDate today) {
        if (signatures.size() < parties) {
            throw new RuleViolation("R-AGR-4", "agreement.publication.notAllSigned", parties - signatures.size());
        }
        if (this.publishedOn != null) {
            throw new RuleViolation("R-AGR-4", "agreement.publication.already", label);
        }
        if (publishedOn == null || publishedOn.isAfter(today)) {
            throw RuleViolation.invalidField("publishedOn", "agreement.publication.date");
        }
        if (publishedOn.isBefore(lastSignature().orElseThrow())) {
            throw RuleViolation.invalidField("publishedOn", "agreement.publication.beforeSignature");
        }
        String link = Texts.required("publishedUrl", url, 500, "input.required");
        if (!link.matches("https://\\S+")) {
            throw RuleViolation.invalidField("publishedUrl", "meeting.digitalLink.invalid");
        }
        if (directorateNotifiedOn != null && (directorateNotifiedOn.isBefore(publishedOn)
                || directorateNotifiedOn.isAfter(today))) {
            throw RuleViolation.invalidField("directorateNotifiedOn", "agreement.publication.directorateDate");
        }
        this.publishedOn = publishedOn;
        this.publishedUrl = link;
        this.directorateNotifiedOn = directorateNotifiedOn;
    }

    /** The day the last party signed, once all have or so far. */
    public Optional<LocalDate> lastSignature() {
        return signatures.stream().map(AgreementSignature::getSignedOn).max(LocalDate::compareTo);
    }

    /** R-AGR-4: one month after the last signature (31 January → 29 February in a leap year). */
    public static LocalDate publicationDue(LocalDate lastSignature) {
        return lastSignature.plusMonths(1);
    }

    public String title() {
        return agreement.getTitle() + ", versjon " + label;
    }

    public FrameworkAgreement getAgreement() { return agreement; }
    public String getLabel() { return label; }
    public AgreementStatus getStatus() { return status; }
    public LocalDate getValidFrom() { return validFrom; }
    public Integer getNextRevisionYear() { return nextRevisionYear; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedUrl() { return publishedUrl; }
    public LocalDate getDirectorateNotifiedOn() { return directorateNotifiedOn; }
    public List<AgreementSignature> getSignatures() { return List.copyOf(signatures); }
    public Body getOwnerBody() { return ownerBody; }
    public String getConsultationException() { return consultationException; }
    public String getConsultationExceptionBy() { return consultationExceptionBy; }
    public Instant getConsultationExceptionAt() { return consultationExceptionAt; }
    public List<AgreementConsultation> getConsultations() { return List.copyOf(consultations); }
    public List<AgreementVersionEvent> getEvents() { return List.copyOf(events); }

    /** The approval history, oldest first (entries known only by their week by that week's Monday). */
    public List<AgreementApproval> getApprovals() {
        return approvals.stream().sorted(Comparator.comparing(AgreementApproval::day,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
