package no.samhandling.agreement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.boundary.VersionDetails.ApprovalLine;
import no.samhandling.agreement.boundary.VersionDetails.ConsultationLine;
import no.samhandling.agreement.boundary.VersionDetails.DocumentLine;
import no.samhandling.agreement.boundary.VersionDetails.EventLine;
import no.samhandling.agreement.entity.AgreementConsultation;
import no.samhandling.agreement.entity.AgreementDocument;
import no.samhandling.agreement.entity.AgreementDocumentContent;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.DocumentKind;
import no.samhandling.agreement.entity.FrameworkAgreement;
import no.samhandling.agreement.control.Agreements;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.body.entity.Body;
import no.samhandling.cases.boundary.PaperDownload;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of the framework agreement and their way to force (R-AGR-1): drafts, plan, approval history, steps,
 * documents and guidelines, and the consultations each version needs (R-AGR-2). The secretariat runs the steps; an
 * administrator records their own party's consultations. Each step is archived by every party.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class AgreementVersionService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    ArchiveNotifier archive;

    @Inject
    Clock clock;

    @Inject
    Agreements agreements;

    /** Every version of the community's agreement, newest first. */
    public List<VersionLine> versions() {
        return em.createQuery("SELECT v FROM AgreementVersion v LEFT JOIN FETCH v.ownerBody "
                        + "WHERE v.agreement.community.id = :c ORDER BY v.id DESC", AgreementVersion.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .map(v -> new VersionLine(v.getId(), v.getLabel(), v.getStatus(), v.getValidFrom(),
                        v.getOwnerBody() == null ? null : v.getOwnerBody().getCode(), v.getNextRevisionYear(),
                        v.getPublishedOn()))
                .toList();
    }

    public VersionDetails details(long versionId) {
        Actor actor = currentActor.get();
        AgreementVersion v = version(versionId);
        Body owner = v.getOwnerBody();
        List<ApprovalLine> approvals = v.getApprovals().stream()
                .map(a -> new ApprovalLine(a.getId(), a.getBody().getNameNb(),
                        a.getApprovedOn(), a.getApprovedWeek(), a.getForm(), a.getNote()))
                .toList();
        List<EventLine> events = v.getEvents().stream()
                .map(e -> new EventLine(e.getFromStatus(), e.getToStatus(), e.getChangedOn(), e.getChangedBy(),
                        e.getNote()))
                .toList();
        List<ConsultationLine> consultations = v.getConsultations().stream()
                .sorted(Comparator.comparing((AgreementConsultation c) -> c.getPartner().getKind())
                        .thenComparing(c -> c.getPartner().getName()).thenComparing(AgreementConsultation::getCouncil))
                .map(c -> new ConsultationLine(c.getId(), c.getVersion(), c.getPartner().getId(),
                        c.getPartner().getName(), c.getCouncil(), c.getHeldOn(), c.getOutcome(), c.getDocumentId(),
                        actor.mayChangePartner(c.getPartner().getId())))
                .toList();
        return new VersionDetails(v.getId(), v.getVersion(), v.title(), v.getLabel(), v.getStatus(), v.getValidFrom(),
                owner == null ? null : owner.getId(), owner == null ? null : owner.getNameNb(),
                v.getNextRevisionYear(), approvals, events, documents(v), consultations,
                v.missingConsultations().size(), v.getConsultationException(), v.getConsultationExceptionBy(),
                v.getStatus().next(), v.getSignatures().size(), partners.partnersIn(actor.communityId()).size(),
                v.getPublishedOn(), v.getPublishedUrl());
    }

    /** R-AGR-1: a new draft; its label is unique in the agreement. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long createDraft(NewVersion plan) {
        Actor actor = currentActor.get();
        FrameworkAgreement agreement = agreements.of(actor.communityId());
        String label = plan == null || plan.label() == null ? null : plan.label().strip();
        if (label != null && !em.createQuery("SELECT v.id FROM AgreementVersion v WHERE v.agreement = :a "
                        + "AND v.label = :l", Long.class)
                .setParameter("a", agreement).setParameter("l", label).getResultList().isEmpty()) {
            throw RuleViolation.invalidField("label", "agreement.version.labelTaken", label);
        }
        AgreementVersion version = AgreementVersion.draft(agreement, label, body(plan == null ? null : plan.ownerBodyId()),
                plan == null ? null : plan.validFrom(), plan == null ? null : plan.nextRevisionYear(), today(),
                actor.username());
        em.persist(version);
        em.flush();
        return version.getId();
    }

    /** R-AGR-1: changes owner body, valid-from day and next revision of a version not yet in force. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void plan(long versionId, long seenVersion, NewVersion plan) {
        AgreementVersion version = version(versionId);
        version.requireVersion(seenVersion);
        version.plan(body(plan.ownerBodyId()), plan.validFrom(), plan.nextRevisionYear());
        em.flush();
    }

    /**
     * R-AGR-1: the version takes its next step. Into consultation: the required consultations are listed (R-AGR-2).
     * Into force: the version in force until now is superseded. Every party's archive files the step.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public VersionDetails advance(long versionId, long seenVersion, AgreementStatus target, String note) {
        Actor actor = currentActor.get();
        AgreementVersion version = version(versionId);
        version.requireVersion(seenVersion);
        if (target == null || target != version.getStatus().next()) {
            throw new RuleViolation("R-AGR-1", "agreement.version.wrongStep", version.getLabel());
        }
        List<Partner> parties = partners.partnersIn(actor.communityId());
        LocalDate today = today();
        AgreementVersion superseded = null;
        switch (target) {
            case CONSULTATION -> version.openConsultation(parties, documents(version).stream()
                    .anyMatch(d -> d.kind() == DocumentKind.TEXT), today, actor.username(), note);
            case APPROVED -> version.approve(today, actor.username(), note);
            case SIGNING -> version.putToCouncils(today, actor.username(), note);
            case IN_FORCE -> {
                version.bringIntoForce(parties.size(), today, actor.username(), note);
                superseded = em.createQuery("SELECT v FROM AgreementVersion v WHERE v.agreement = :a AND v <> :v "
                                + "AND v.status = no.samhandling.agreement.entity.AgreementStatus.IN_FORCE",
                                AgreementVersion.class)
                        .setParameter("a", version.getAgreement()).setParameter("v", version).getResultStream()
                        .findFirst().orElse(null);
                if (superseded != null) {
                    superseded.supersede(version, today, actor.username());
                }
            }
            default -> throw new RuleViolation("R-AGR-1", "agreement.version.wrongStep", version.getLabel());
        }
        em.flush();
        archive.versionStepTaken(actor.communityId(), version, superseded, parties);
        return details(versionId);
    }

    /** R-AGR-1: adds an entry to the approval history. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long addApproval(long versionId, NewApproval approval) {
        if (approval == null) {
            throw RuleViolation.invalidField("bodyId", "input.required");
        }
        AgreementVersion version = version(versionId);
        var entry = version.addApproval(body(approval.bodyId()), approval.approvedOn(), approval.form(),
                approval.note(), today(), currentActor.get().username());
        em.flush();
        return entry.getId();
    }

    /** R-AGR-1: removes an entry recorded in error, while the version is not yet in force. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void removeApproval(long versionId, long approvalId) {
        version(versionId).removeApproval(approvalId);
        em.flush();
    }

    /** R-AGR-2: why the version may go on without the consultations still missing. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void exemptConsultations(long versionId, long seenVersion, String reason) {
        AgreementVersion version = version(versionId);
        version.requireVersion(seenVersion);
        version.exemptConsultations(reason, clock.instant(), currentActor.get().username());
        em.flush();
    }

    /**
     * R-AGR-2: records a council's consultation with its outcome and, if given, its statement as PDF. The secretariat
     * records any; an administrator only their own party's councils.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public void recordConsultation(long consultationId, long seenVersion, LocalDate heldOn, String outcome,
                                   String fileName, byte[] statement) {
        Actor actor = currentActor.get();
        AgreementConsultation consultation = em.find(AgreementConsultation.class, consultationId);
        if (consultation == null
                || consultation.getAgreementVersion().getAgreement().getCommunity().getId() != actor.communityId()) {
            throw new NotFound("AgreementConsultation", consultationId);
        }
        if (!actor.mayChangePartner(consultation.getPartner().getId())) {
            throw new Forbidden(actor.username() + " may not record consultations of partner "
                    + consultation.getPartner().getId());
        }
        consultation.requireVersion(seenVersion);
        AgreementVersion version = consultation.getAgreementVersion();
        consultation.record(heldOn, outcome, version.consultationOpenedOn().orElse(null), today(), actor.username());
        if (statement != null && statement.length > 0) {
            AgreementDocument document = AgreementDocument.ofConsultation(version,
                    consultation.getPartner().getName() + ": " + consultation.getCouncil(), fileName, statement,
                    actor.username(), clock.instant());
            consultation.attach(store(document, statement));
        }
        em.flush();
    }

    /** R-AGR-1: the version's text (one) or an attachment, as PDF. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long uploadDocument(long versionId, DocumentKind kind, String title, String fileName, byte[] content) {
        AgreementVersion version = version(versionId);
        if (kind == DocumentKind.TEXT && documents(version).stream().anyMatch(d -> d.kind() == DocumentKind.TEXT)
                && version.getStatus() != AgreementStatus.DRAFT) {
            throw new RuleViolation("R-AGR-1", "agreement.document.textFixed", version.getLabel());
        }
        return store(AgreementDocument.ofVersion(version, kind, title, fileName, content,
                currentActor.get().username(), clock.instant()), content);
    }

    /** §3: a guideline of a collaboration area, versioned by its label and the day it applies from. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long uploadGuideline(long areaId, String title, String label, LocalDate validFrom, String fileName,
                                byte[] content) {
        Actor actor = currentActor.get();
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM collaboration_area WHERE id = ?1 "
                        + "AND community_id = ?2")
                .setParameter(1, areaId).setParameter(2, actor.communityId()).getSingleResult();
        if (found.intValue() == 0) {
            throw RuleViolation.invalidField("areaId", "input.required");
        }
        FrameworkAgreement agreement = agreements.of(actor.communityId());
        return store(AgreementDocument.guideline(agreement, areaId, title, label, validFrom, fileName, content,
                actor.username(), clock.instant()), content);
    }

    /** §3: every guideline, per area, the one in force (latest valid-from reached) first. */
    public List<DocumentLine> guidelines() {
        return em.createQuery("SELECT d FROM AgreementDocument d WHERE d.agreement.community.id = :c "
                        + "AND d.kind = no.samhandling.agreement.entity.DocumentKind.GUIDELINE "
                        + "ORDER BY d.areaId, d.validFrom DESC, d.id DESC", AgreementDocument.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .map(AgreementVersionService::line).toList();
    }

    /** A document of the community's agreement, for download. */
    public PaperDownload document(long documentId) {
        AgreementDocument document = em.find(AgreementDocument.class, documentId);
        if (document == null || document.getAgreement().getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("AgreementDocument", documentId);
        }
        return download(em, document);
    }

    static PaperDownload download(EntityManager em, AgreementDocument document) {
        AgreementDocumentContent content = em.find(AgreementDocumentContent.class, document.getId());
        return new PaperDownload(document.getFileName(), document.getContentType(), content.content());
    }

    static DocumentLine line(AgreementDocument d) {
        return new DocumentLine(d.getId(), d.getKind(), d.getTitle(), d.getLabel(), d.getValidFrom(), d.getFileName(),
                d.getSize(), d.getAreaId());
    }

    static List<DocumentLine> documents(EntityManager em, AgreementVersion version) {
        return em.createQuery("SELECT d FROM AgreementDocument d WHERE d.agreementVersion = :v ORDER BY d.kind, d.id",
                        AgreementDocument.class)
                .setParameter("v", version).getResultStream().map(AgreementVersionService::line).toList();
    }

    private List<DocumentLine> documents(AgreementVersion version) {
        return documents(em, version);
    }

    private long store(AgreementDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new AgreementDocumentContent(document.getId(), content));
        em.flush();
        return document.getId();
    }

    private Body body(Long bodyId) {
        if (bodyId == null) {
            return null;
        }
        Body body = em.find(Body.class, bodyId);
        if (body == null || body.getCommunity().getId() != currentActor.get().communityId()) {
            throw RuleViolation.invalidField("bodyId", "input.required");
        }
        return body;
    }

    private AgreementVersion version(long versionId) {
        return agreements.version(currentActor.get().communityId(), versionId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
