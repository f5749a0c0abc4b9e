package no.samhandling.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.FollowUpAction;
import no.samhandling.cases.entity.FollowUpStatus;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.partner.control.Partners;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** R-CASE-6: AU's follow-up of decisions — actions with a responsible party and a due day, overdue flagged. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class FollowUpService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long add(long decisionId, String description, Long responsiblePartnerId, LocalDate dueOn) {
        Actor actor = currentActor.get();
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || decision.getCaseFile().getCommunity().getId() != actor.communityId()) {
            throw new NotFound("Decision", decisionId);
        }
        FollowUpAction action = new FollowUpAction(em.getReference(HealthCommunity.class, actor.communityId()),
                decision, description, responsiblePartnerId == null ? null
                : partners.getInCommunity(actor.communityId(), responsiblePartnerId).getPartner(), dueOn);
        em.persist(action);
        em.flush();
        return action.getId();
    }

    /** The responsible party's administrator or the secretariat reports how the action stands. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public FollowUpLine report(long actionId, long seenVersion, FollowUpStatus status, String note) {
        Actor actor = currentActor.get();
        FollowUpAction action = em.find(FollowUpAction.class, actionId);
        if (action == null || action.getCommunity().getId() != actor.communityId()) {
            throw new NotFound("FollowUpAction", actionId);
        }
        if (!actor.mayChangePartner(action.getResponsible().getId())) {
            throw new Forbidden(actor.username() + " may not report on action " + actionId);
        }
        action.requireVersion(seenVersion);
        LocalDate today = LocalDate.now(clock);
        action.report(status, note, today);
        em.flush();
        return line(action, today);
    }

    /** AU's follow-up list: open actions (or all), earliest due first; a party's administrator sees theirs first. */
    public List<FollowUpLine> list(boolean openOnly) {
        return list(openOnly, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the community's follow-up: the user's own party's actions first, then by due date — ordered and cut
     * in the database.
     */
    public List<FollowUpLine> list(boolean openOnly, int offset, int limit) {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        SELECT a FROM FollowUpAction a JOIN FETCH a.decision JOIN FETCH a.decision.caseFile
                        JOIN FETCH a.decision.caseFile.body
                        WHERE a.community.id = :c AND a.status IN :statuses
                        ORDER BY CASE WHEN a.responsible.id = :own THEN 0 ELSE 1 END, a.dueOn, a.id""",
                        FollowUpAction.class)
                .setParameter("c", actor.communityId())
                .setParameter("statuses", statuses(openOnly))
                .setParameter("own", actor.partnerId() == null ? -1L : actor.partnerId())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultStream()
                .map(a -> line(a, today))
                .toList();
    }

    public long count(boolean openOnly) {
        return em.createQuery("SELECT COUNT(a) FROM FollowUpAction a WHERE a.community.id = :c AND a.status IN :statuses",
                        Long.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("statuses", statuses(openOnly)).getSingleResult();
    }

    /**
     * The open actions this user may report on: every one for the secretariat, the own party's for its
     * administrator — so that a choice never offers what would then be refused.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public List<FollowUpLine> reportable() {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        SELECT a FROM FollowUpAction a JOIN FETCH a.decision JOIN FETCH a.decision.caseFile
                        JOIN FETCH a.decision.caseFile.body
                        WHERE a.community.id = :c AND a.status IN :statuses AND (:all = TRUE OR a.responsible.id = :own)
                        ORDER BY a.dueOn, a.id""", FollowUpAction.class)
                .setParameter("c", actor.communityId())
                .setParameter("statuses", statuses(true))
                .setParameter("all", actor.isSecretariat())
                .setParameter("own", actor.partnerId() == null ? -1L : actor.partnerId())
                .getResultStream()
                .map(a -> line(a, today))
                .toList();
    }

    /** How many of the community's actions are overdue (open and past their due day), counted in the database. */
    public long countOverdue() {
        return em.createQuery("SELECT COUNT(a) FROM FollowUpAction a WHERE a.community.id = :c AND a.status IN :statuses"
                        + " AND a.dueOn < :today", Long.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("statuses", statuses(true))
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    private static List<FollowUpStatus> statuses(boolean openOnly) {
        return Arrays.stream(FollowUpStatus.values()).filter(status -> !openOnly || !status.isClosed()).toList();
    }

    /** The follow-up actions of the cases on a meeting's agenda, for its minutes. */
    public Map<Long, List<FollowUpLine>> byCase(MeetingDetails meeting) {
        Set<Long> caseIds = meeting.agenda().stream().map(MeetingDetails.Entry::caseId).collect(Collectors.toSet());
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        SELECT a FROM FollowUpAction a JOIN FETCH a.decision JOIN FETCH a.decision.caseFile
                        JOIN FETCH a.decision.caseFile.body
                        WHERE a.community.id = :c AND a.decision.caseFile.id IN :cases ORDER BY a.dueOn, a.id""",
                        FollowUpAction.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("cases", caseIds)
                .getResultStream()
                .map(a -> line(a, today))
                .collect(Collectors.groupingBy(FollowUpLine::caseId));
    }

    static FollowUpLine line(FollowUpAction a, LocalDate today) {
        CaseFile file = a.getDecision().getCaseFile();
        return new FollowUpLine(a.getId(), a.getVersion(), file.getId(), file.number(), file.getBody().getCode(),
                file.getTitle(), a.getDescription(), a.getResponsible().getId(), a.getResponsible().getName(),
                a.getDueOn(), a.getStatus(), a.getCompletedOn(), a.getStatusNote(), a.isOverdueOn(today));
    }
}
