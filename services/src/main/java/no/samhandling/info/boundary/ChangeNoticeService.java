package no.samhandling.info.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.Tag;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.info.entity.Acknowledgement;
import no.samhandling.info.entity.ChangeNotice;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-INFO-1 (§2.4): a party announces a change in its routines or organisation; every other party of the community
 * acknowledges it, and the secretariat sees who has not. An administrator announces and acknowledges for their own
 * party only; the secretariat for any.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class ChangeNoticeService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    CaseService cases;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public long announce(NewChangeNotice notice) {
        Actor actor = currentActor.get();
        Long partnerId = actor.isSecretariat() ? notice.partnerId() : actor.partnerId();
        if (partnerId == null) {
            throw RuleViolation.invalidField("partnerId", "changeNotice.partner.required");
        }
        if (!actor.mayChangePartner(partnerId)) {
            throw new Forbidden("change notice for partner " + partnerId);
        }
        Partner partner = partners.getInCommunity(actor.communityId(), partnerId).getPartner();
        Set<Long> areas = notice.areaIds() == null ? Set.of() : notice.areaIds();
        Set<Long> known = cases.collaborationAreas().stream().map(Tag::id).collect(Collectors.toSet());
        if (!known.containsAll(areas)) {
            throw RuleViolation.invalidField("areaIds", "case.tag.unknown");
        }
        ChangeNotice entity = new ChangeNotice(em.getReference(HealthCommunity.class, actor.communityId()), partner,
                notice.title(), notice.description(), notice.kind(), notice.effectiveFrom(), areas,
                LocalDate.now(clock), actor.username());
        em.persist(entity);
        em.flush();
        return entity.getId();
    }

    /** R-INFO-1: the party has taken note; the secretariat may record it for any party, an administrator for their own. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public void acknowledge(long noticeId, Long partnerIdOrNull) {
        Actor actor = currentActor.get();
        ChangeNotice notice = notice(noticeId);
        Long partnerId = actor.isSecretariat() && partnerIdOrNull != null ? partnerIdOrNull : actor.partnerId();
        if (partnerId == null || !actor.mayChangePartner(partnerId)) {
            throw new Forbidden("acknowledgement for partner " + partnerId);
        }
        Partner partner = partners.getInCommunity(actor.communityId(), partnerId).getPartner();
        boolean already = em.createQuery("SELECT COUNT(a) FROM Acknowledgement a WHERE a.notice = :n AND a.partner = :p",
                Long.class).setParameter("n", notice).setParameter("p", partner).getSingleResult() > 0;
        if (!already) {
            em.persist(new Acknowledgement(notice, partner, LocalDate.now(clock), actor.username()));
            em.flush();
        }
    }

    /** Every notice of the community, newest first, with who has acknowledged it and who has not. */
    public List<ChangeNoticeLine> list() {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> areaNames = cases.collaborationAreas().stream()
                .collect(Collectors.toMap(Tag::id, Tag::nameNb));
        List<CommunityParty> parties = partners.inCommunity(actor.communityId());
        Map<Long, List<Acknowledgement>> acknowledged = em.createQuery(
                        "SELECT a FROM Acknowledgement a WHERE a.notice.community.id = :c", Acknowledgement.class)
                .setParameter("c", actor.communityId()).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getNotice().getId()));
        return em.createQuery("""
                        SELECT n FROM ChangeNotice n WHERE n.community.id = :c ORDER BY n.announcedOn DESC, n.id DESC""",
                        ChangeNotice.class)
                .setParameter("c", actor.communityId()).getResultStream()
                .map(n -> {
                    List<Acknowledgement> acks = acknowledged.getOrDefault(n.getId(), List.of());
                    Set<Long> done = acks.stream().map(a -> a.getPartner().getId()).collect(Collectors.toSet());
                    List<String> missing = parties.stream()
                            .filter(p -> p.isActiveOn(today) || p.isActiveOn(n.getAnnouncedOn()))
                            .map(CommunityParty::getPartner)
                            .filter(p -> !p.equals(n.getPartner()) && !done.contains(p.getId()))
                            .map(Partner::getName).sorted().toList();
                    boolean mayAcknowledge = actor.partnerId() != null && !actor.partnerId().equals(n.getPartner().getId())
                            && !done.contains(actor.partnerId()) && (actor.is(Role.MUNICIPAL_ADMIN) || actor.is(Role.HOSPITAL_ADMIN));
                    return new ChangeNoticeLine(n.getId(), n.getPartner().getId(), n.getPartner().getName(), n.getTitle(),
                            n.getDescription(), n.getKind(), n.getEffectiveFrom(), n.getAnnouncedOn(),
                            n.getAreaIds().stream().map(areaNames::get).sorted().toList(),
                            acks.stream().map(a -> a.getPartner().getName()).sorted().toList(), missing, mayAcknowledge);
                })
                .toList();
    }

    private ChangeNotice notice(long noticeId) {
        ChangeNotice notice = em.find(ChangeNotice.class, noticeId);
        if (notice == null || notice.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("ChangeNotice", noticeId);
        }
        return notice;
    }
}
