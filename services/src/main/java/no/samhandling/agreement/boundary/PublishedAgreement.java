package no.samhandling.agreement.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.boundary.PublicAgreement.Guideline;
import no.samhandling.agreement.boundary.PublicAgreement.Signed;
import no.samhandling.agreement.boundary.VersionDetails.ApprovalLine;
import no.samhandling.agreement.boundary.VersionDetails.DocumentLine;
import no.samhandling.agreement.entity.AgreementDocument;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.DocumentKind;
import no.samhandling.cases.boundary.PaperDownload;
import no.samhandling.rules.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the public sees of the agreement, without login (R-AGR-4): only a version that is in force <em>and</em>
 * published, with its own documents and the guidelines in force; nothing else is reachable from here.
 */
@Stateless
@PermitAll
public class PublishedAgreement {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    /** The published version in force of the community with this code (the only community when none is named). */
    public Optional<PublicAgreement> current(String communityCode) {
        boolean named = communityCode != null && !communityCode.isBlank();
        var query = em.createQuery("SELECT v FROM AgreementVersion v "
                + "WHERE v.status = no.samhandling.agreement.entity.AgreementStatus.IN_FORCE "
                + "AND v.publishedOn IS NOT NULL" + (named ? " AND v.agreement.community.code = :code" : "")
                + " ORDER BY v.publishedOn DESC", AgreementVersion.class);
        if (named) {
            query.setParameter("code", communityCode);
        }
        List<AgreementVersion> found = query.setMaxResults(1).getResultList();
        return found.stream().findFirst().map(this::describe);
    }

    /** A document of the published version in force, or a guideline in force; anything else is not found. */
    public PaperDownload document(String communityCode, long documentId) {
        PublicAgreement agreement = current(communityCode).orElseThrow(() -> new NotFound("AgreementDocument", documentId));
        boolean listed = agreement.documents().stream().anyMatch(d -> d.id() == documentId)
                || agreement.guidelines().stream().anyMatch(g -> g.documentId() == documentId);
        if (!listed) {
            throw new NotFound("AgreementDocument", documentId);
        }
        return AgreementVersionService.download(em, em.find(AgreementDocument.class, documentId));
    }

    private PublicAgreement describe(AgreementVersion v) {
        List<ApprovalLine> approvals = v.getApprovals().stream()
                .map(a -> new ApprovalLine(a.getId(), a.getBody().getNameNb(),
                        a.getApprovedOn(), a.getApprovedWeek(), a.getForm(), a.getNote()))
                .toList();
        List<Signed> signatures = v.getSignatures().stream()
                .sorted(Comparator.comparing(s -> s.getPartner().getName()))
                .map(s -> new Signed(s.getPartner().getName(), s.getSignedOn())).toList();
        List<DocumentLine> documents = AgreementVersionService.documents(em, v).stream()
                .filter(d -> d.kind() == DocumentKind.TEXT || d.kind() == DocumentKind.ATTACHMENT).toList();
        return new PublicAgreement(v.title(), v.getLabel(), v.getValidFrom(), v.getPublishedOn(), v.getPublishedUrl(),
                v.getNextRevisionYear(), v.getOwnerBody() == null ? null : v.getOwnerBody().getNameNb(), approvals,
                signatures, documents, guidelinesInForce(v.getAgreement().getId()));
    }

    /** Per area and title, the guideline with the latest valid-from day reached. */
    private List<Guideline> guidelinesInForce(long agreementId) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = em.createQuery("""
                        SELECT d.id, d.areaId, d.title, d.label, d.validFrom FROM AgreementDocument d
                        WHERE d.agreement.id = :a AND d.kind = no.samhandling.agreement.entity.DocumentKind.GUIDELINE
                        AND d.validFrom <= :today ORDER BY d.areaId, d.title, d.validFrom DESC, d.id DESC""", Object[].class)
                .setParameter("a", agreementId).setParameter("today", today).getResultList();
        java.util.Map<Long, Object[]> areas = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, name_nb, name_en FROM collaboration_area").getResultList()) {
            Object[] area = (Object[]) row;
            areas.put(((Number) area[0]).longValue(), area);
        }
        List<Guideline> guidelines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] row : rows) {
            if (seen.add(row[1] + "/" + row[2])) {
                Object[] area = areas.get((Long) row[1]);
                guidelines.add(new Guideline((Long) row[0], (String) area[1], (String) area[2], (String) row[2],
                        (String) row[3], (LocalDate) row[4]));
            }
        }
        return guidelines;
    }
}
