package no.samhandling.agreement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.FrameworkAgreement;
import no.samhandling.rules.NotFound;

/** Finds a community's agreement and its versions; what is another community's is not found. */
@Stateless
@PermitAll // called by the boundaries, which check the roles
public class Agreements {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    public FrameworkAgreement of(long communityId) {
        return em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.community.id = :c", FrameworkAgreement.class)
                .setParameter("c", communityId).getSingleResult();
    }

    public AgreementVersion version(long communityId, long versionId) {
        AgreementVersion version = em.find(AgreementVersion.class, versionId);
        if (version == null || version.getAgreement().getCommunity().getId() != communityId) {
            throw new NotFound("AgreementVersion", versionId);
        }
        return version;
    }
}
