package no.samhandling.publication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.Decision;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.publication.entity.Newsletter;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R-PUB-1: the newsletter, three issues a year, planned and published by the secretariat; everyone reads the list.
 * A third of the year without an issue out is a deadline on the start page.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class NewsletterService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    CaseFiles caseFiles;

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long plan(int year, int number, String title, LocalDate plannedOn, String contents, Set<Long> decisionIds) {
        long community = currentActor.get().communityId();
        Set<Long> decisions = checked(decisionIds);
        boolean taken = em.createQuery("""
                        SELECT COUNT(n) FROM Newsletter n WHERE n.community.id = :c AND n.year = :y AND n.number = :n""",
                        Long.class)
                .setParameter("c", community).setParameter("y", year).setParameter("n", number).getSingleResult() > 0;
        if (taken) {
            throw RuleViolation.onField("R-PUB-1", "number", "newsletter.number.taken", number, year);
        }
        Newsletter newsletter = new Newsletter(em.getReference(HealthCommunity.class, community), year, number, title,
                plannedOn, contents, decisions);
        em.persist(newsletter);
        em.flush();
        return newsletter.getId();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public NewsletterLine describe(long id, long seenVersion, String title, LocalDate plannedOn, String contents,
                                   Set<Long> decisionIds) {
        Newsletter newsletter = newsletter(id);
        newsletter.requireVersion(seenVersion);
        newsletter.describe(title, plannedOn, contents, checked(decisionIds));
        em.flush();
        return line(newsletter);
    }

    /** The decisions, each one of the community's (refused at the field otherwise). */
    private Set<Long> checked(Set<Long> decisionIds) {
        long community = currentActor.get().communityId();
        return decisionIds == null ? Set.of() : decisionIds.stream()
                .map(id -> caseFiles.decision(community, id).getId()).collect(Collectors.toSet());
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public NewsletterLine publish(long id, long seenVersion, LocalDate on) {
        Newsletter newsletter = newsletter(id);
        newsletter.requireVersion(seenVersion);
        newsletter.publish(on, LocalDate.now(clock));
        em.flush();
        return line(newsletter);
    }

    /** The community's newsletters, newest year first, by number. */
    public List<NewsletterLine> list() {
        return em.createQuery("""
                        SELECT n FROM Newsletter n WHERE n.community.id = :c ORDER BY n.year DESC, n.number""",
                        Newsletter.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream().map(this::line)
                .toList();
    }

    private Newsletter newsletter(long id) {
        Newsletter newsletter = em.find(Newsletter.class, id);
        if (newsletter == null || newsletter.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Newsletter", id);
        }
        return newsletter;
    }

    private NewsletterLine line(Newsletter n) {
        List<NewsletterLine.LinkedDecision> decisions = n.getDecisionIds().stream()
                .map(id -> em.find(Decision.class, id)).filter(Objects::nonNull)
                .map(d -> new NewsletterLine.LinkedDecision(d.getId(), d.getCaseFile().getBody().getCode() + " "
                        + d.getCaseFile().number() + ": " + d.getCaseFile().getTitle(), d.getCaseFile().getId()))
                .sorted(Comparator.comparing(NewsletterLine.LinkedDecision::label)).toList();
        return new NewsletterLine(n.getId(), n.getVersion(), n.getYear(), n.getNumber(), n.getTitle(), n.getPlannedOn(),
                n.getPublishedOn(), n.getContents(), decisions);
    }
}
