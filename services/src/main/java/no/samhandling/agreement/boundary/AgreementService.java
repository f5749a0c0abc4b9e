package no.samhandling.agreement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementSignature;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The framework agreement's versions and their bilateral signatures. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class AgreementService {

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

    /** The version in force today in the user's community, if any. */
    public long currentVersionId() {
        return em.createQuery("""
                        SELECT v.id FROM AgreementVersion v WHERE v.agreement.community.id = :c
                        AND v.status = no.samhandling.agreement.entity.AgreementStatus.IN_FORCE""", Long.class)
                .setParameter("c", currentActor.get().communityId())
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("AgreementVersion", "in force"));
    }

    public AgreementVersionSummary summary(long versionId) {
        AgreementVersion version = version(versionId);
        List<SignatureLine> lines = signatures(versionId);
        return new AgreementVersionSummary(version.getId(), version.title(), version.getLabel(), version.getStatus(),
                version.getValidFrom(), version.getNextRevisionYear(),
                (int) lines.stream().filter(SignatureLine::signed).count(), lines.size());
    }

    /** R-AGR-3: every party of the community with its signature on the version, or a gap. */
    public List<SignatureLine> signatures(long versionId) {
        AgreementVersion version = version(versionId);
        Map<Long, AgreementSignature> byPartner = version.getSignatures().stream()
                .collect(Collectors.toMap(s -> s.getPartner().getId(), Function.identity()));
        return partners.inCommunity(currentActor.get().communityId()).stream()
                .map(CommunityParty::getPartner)
                .map(p -> {
                    AgreementSignature s = byPartner.get(p.getId());
                    return new SignatureLine(p.getId(), p.getName(), s != null, s == null ? null : s.getSignedOn(),
                            s == null ? null : s.getSignatoryRole());
                })
                .toList();
    }

    /**
     * R-AGR-3: records a party's signature on a version. The secretariat records any party's; an administrator
     * only their own party's. The hospital's and the signing party's archives are notified in this transaction.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public SignatureLine recordSignature(long versionId, long partnerId, LocalDate signedOn, SignatoryRole role) {
        Actor actor = currentActor.get();
        AgreementVersion version = version(versionId);
        Partner party = partners.getInCommunity(actor.communityId(), partnerId).getPartner();
        if (!actor.mayChangePartner(partnerId)) {
            throw new Forbidden(actor.username() + " may not sign for partner " + partnerId);
        }
        AgreementSignature signature = version.sign(party, signedOn, role, LocalDate.now(clock), clock.instant(),
                actor.username());
        em.persist(signature);
        em.flush();
        List<Partner> parties = partners.inCommunity(actor.communityId()).stream().map(CommunityParty::getPartner).toList();
        archive.signatureRecorded(actor.communityId(), signature, ArchiveNotifier.hospitals(parties));
        return new SignatureLine(party.getId(), party.getName(), true, signedOn, role);
    }

    private AgreementVersion version(long versionId) {
        AgreementVersion version = em.find(AgreementVersion.class, versionId);
        if (version == null || version.getAgreement().getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("AgreementVersion", versionId);
        }
        return version;
    }
}
