package no.samhandling.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Region;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The municipal regions of the community. The default split into four regions is an assumption of the reference
 * data: the secretariat renames regions and moves municipalities between them.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class RegionService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Partners partners;

    @Inject
    CurrentActor currentActor;

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
    public List<RegionSummary> list() {
        long community = currentActor.get().communityId();
        Map<Long, List<String>> members = partners.inCommunity(community).stream()
                .filter(p -> p.getRegion() != null)
                .collect(Collectors.groupingBy(p -> p.getRegion().getId(),
                        Collectors.mapping(p -> p.getPartner().getName(), Collectors.toList())));
        return regions(community).stream()
                .map(r -> RegionSummary.of(r, members.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    public RegionSummary rename(long regionId, long seenVersion, String name) {
        Region region = region(regionId);
        region.requireVersion(seenVersion);
        String wanted = name == null ? "" : name.strip();
        boolean taken = regions(region.getCommunity().getId()).stream()
                .anyMatch(r -> !r.getId().equals(region.getId()) && r.getName().equalsIgnoreCase(wanted));
        if (taken) {
            throw RuleViolation.invalidField("name", "region.name.taken", wanted);
        }
        region.rename(wanted);
        return RegionSummary.of(region, List.of());
    }

    /** Moves a municipality to another region of the same community (setting a value: the last move wins). */
    public void move(long partnerId, long regionId) {
        CommunityParty party = partners.getInCommunity(currentActor.get().communityId(), partnerId);
        if (!party.getPartner().isMunicipality()) {
            throw RuleViolation.invalidField("region", "region.onlyMunicipalities");
        }
        party.moveTo(region(regionId));
        partners.flush(party);
    }

    private List<Region> regions(long community) {
        return em.createQuery("SELECT r FROM Region r WHERE r.community.id = :c ORDER BY r.name", Region.class)
                .setParameter("c", community).getResultList();
    }

    private Region region(long regionId) {
        Region region = em.find(Region.class, regionId);
        if (region == null || region.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Region", regionId);
        }
        return region;
    }
}
