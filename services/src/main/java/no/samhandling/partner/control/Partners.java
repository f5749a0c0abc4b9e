package no.samhandling.partner.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.OrganisationNumber;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.StaleVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries over partners, always within one health community. */
@Stateless
@PermitAll // called by the boundaries, which check the roles
public class Partners {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    public List<CommunityParty> inCommunity(long communityId) {
        return em.createQuery("""
                        SELECT cp FROM CommunityParty cp JOIN FETCH cp.partner LEFT JOIN FETCH cp.region
                        WHERE cp.community.id = :community
                        ORDER BY cp.partner.kind, cp.partner.name""", CommunityParty.class)
                .setParameter("community", communityId)
                .getResultList();
    }

    /**
     * R-AGR-8: the parties of the community today, in the order of {@link #inCommunity}: a party whose termination has
     * taken effect is no longer one — it does not sign, is not counted, and its archive is not sent the community's
     * changes. {@link #inCommunity} keeps every party that ever was, for the register and history.
     */
    public List<Partner> partnersIn(long communityId) {
        return partiesOn(communityId, LocalDate.now(clock));
    }

    /** The parties of the community on a day. */
    public List<Partner> partiesOn(long communityId, LocalDate day) {
        return inCommunity(communityId).stream().filter(p -> p.isActiveOn(day)).map(CommunityParty::getPartner).toList();
    }

    public Optional<CommunityParty> findInCommunity(long communityId, long partnerId) {
        return em.createQuery("""
                        SELECT cp FROM CommunityParty cp JOIN FETCH cp.partner LEFT JOIN FETCH cp.region
                        WHERE cp.community.id = :community AND cp.partner.id = :partner""", CommunityParty.class)
                .setParameter("community", communityId)
                .setParameter("partner", partnerId)
                .getResultStream().findFirst();
    }

    public CommunityParty getInCommunity(long communityId, long partnerId) {
        return findInCommunity(communityId, partnerId).orElseThrow(() -> new NotFound("Partner", partnerId));
    }

    /**
     * Writes the changes now, so that a concurrent edit that committed first (same version) is detected here and
     * reported as {@link StaleVersion} instead of failing later at commit.
     */
    public void flush(CommunityParty party) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Partner", party.getPartner().getId());
        }
    }

    public boolean organisationNumberTakenByOther(OrganisationNumber number, long partnerId) {
        return !em.createQuery("""
                        SELECT p.id FROM Partner p WHERE p.organisationNumber.value = :number AND p.id <> :id""", Long.class)
                .setParameter("number", number.value())
                .setParameter("id", partnerId)
                .getResultList().isEmpty();
    }
}
