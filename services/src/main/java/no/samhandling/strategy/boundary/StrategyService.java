package no.samhandling.strategy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.control.Partners;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.strategy.entity.ActionMeasure;
import no.samhandling.strategy.entity.ActionPlan;
import no.samhandling.strategy.entity.MeasureStatus;
import no.samhandling.strategy.entity.Strategy;
import no.samhandling.strategy.entity.StrategyGoal;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * R-PUB-1: the strategy for the cooperation with its goals, and the action plan with measures per goal — responsible
 * party, due date, status — rolled yearly as a new version and approved by the partnership meeting. The secretariat
 * keeps them; the responsible party's administrator reports a measure's status; everyone reads.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class StrategyService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Clock clock;

    /** The community's strategies, newest period first. */
    public List<StrategyDetails> strategies() {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT s FROM Strategy s WHERE s.community.id = :c ORDER BY s.periodFrom DESC",
                        Strategy.class)
                .setParameter("c", actor.communityId()).getResultStream()
                .map(s -> details(s, actor, today)).toList();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long createStrategy(String title, int periodFrom, int periodTo, String vision) {
        Strategy strategy = new Strategy(em.getReference(HealthCommunity.class, currentActor.get().communityId()),
                title, periodFrom, periodTo, vision);
        boolean taken = em.createQuery("""
                        SELECT COUNT(s) FROM Strategy s WHERE s.community.id = :c AND s.periodFrom = :f""", Long.class)
                .setParameter("c", currentActor.get().communityId()).setParameter("f", periodFrom).getSingleResult() > 0;
        if (taken) {
            throw RuleViolation.invalidField("periodFrom", "strategy.period.taken", periodFrom);
        }
        em.persist(strategy);
        em.flush();
        return strategy.getId();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long addGoal(long strategyId, String title, String description) {
        Strategy strategy = strategy(strategyId);
        int next = em.createQuery("SELECT COALESCE(MAX(g.ordinal), 0) FROM StrategyGoal g WHERE g.strategy = :s",
                Integer.class).setParameter("s", strategy).getSingleResult() + 1;
        StrategyGoal goal = new StrategyGoal(strategy, next, title, description);
        em.persist(goal);
        em.flush();
        return goal.getId();
    }

    /** The first action plan of a strategy year, or the next year's rolled from the latest: its open measures go on. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long plan(long strategyId, int year) {
        Strategy strategy = strategy(strategyId);
        boolean exists = em.createQuery("SELECT COUNT(p) FROM ActionPlan p WHERE p.strategy = :s AND p.year = :y",
                Long.class).setParameter("s", strategy).setParameter("y", year).getSingleResult() > 0;
        if (exists) {
            throw RuleViolation.onField("R-PUB-1", "year", "actionPlan.exists", year);
        }
        ActionPlan plan = new ActionPlan(strategy, year);
        em.persist(plan);
        em.createQuery("""
                        SELECT p FROM ActionPlan p WHERE p.strategy = :s AND p.year < :y ORDER BY p.year DESC""",
                        ActionPlan.class)
                .setParameter("s", strategy).setParameter("y", year).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(previous -> measures(previous).stream().filter(m -> m.getStatus().isOpen())
                        .forEach(m -> em.persist(m.rolledInto(plan))));
        em.flush();
        return plan.getId();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long addMeasure(long planId, NewMeasure measure) {
        ActionPlan plan = plan(planId);
        StrategyGoal goal = measure.goalId() == null ? null : em.find(StrategyGoal.class, measure.goalId());
        var responsible = measure.responsiblePartnerId() == null ? null
                : partners.getInCommunity(currentActor.get().communityId(), measure.responsiblePartnerId()).getPartner();
        ActionMeasure entity = new ActionMeasure(plan, goal, measure.text(), responsible, measure.dueOn());
        em.persist(entity);
        em.flush();
        return entity.getId();
    }

    /** The secretariat, or the responsible party's administrator, reports where a measure stands. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public void report(long measureId, long seenVersion, MeasureStatus status) {
        ActionMeasure measure = em.find(ActionMeasure.class, measureId);
        if (measure == null || measure.getPlan().getStrategy().getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("ActionMeasure", measureId);
        }
        if (!currentActor.get().mayChangePartner(measure.getResponsible().getId())) {
            throw new Forbidden("measure " + measureId);
        }
        measure.requireVersion(seenVersion);
        measure.report(status);
        em.flush();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void approve(long planId, long seenVersion, long decisionId) {
        ActionPlan plan = plan(planId);
        plan.requireVersion(seenVersion);
        plan.approve(caseFiles.decision(currentActor.get().communityId(), decisionId));
        em.flush();
    }

    private StrategyDetails details(Strategy s, Actor actor, LocalDate today) {
        List<StrategyGoal> goals = em.createQuery("SELECT g FROM StrategyGoal g WHERE g.strategy = :s ORDER BY g.ordinal",
                StrategyGoal.class).setParameter("s", s).getResultList();
        List<ActionPlan> plans = em.createQuery("SELECT p FROM ActionPlan p WHERE p.strategy = :s ORDER BY p.year DESC",
                ActionPlan.class).setParameter("s", s).getResultList();
        return new StrategyDetails(s.getId(), s.getTitle(), s.getPeriodFrom(), s.getPeriodTo(), s.getVision(),
                goals.stream().map(g -> new StrategyDetails.Goal(g.getId(), g.getOrdinal(), g.getTitle(),
                        g.getDescription())).toList(),
                plans.stream().map(p -> new StrategyDetails.Plan(p.getId(), p.getVersion(), p.getYear(), p.getApprovedOn(),
                        p.getApprovedBy() == null ? null : p.getApprovedBy().getCaseFile().getBody().getCode() + " "
                                + p.getApprovedBy().getCaseFile().number(),
                        measures(p).stream().sorted(Comparator.comparing((ActionMeasure m) -> m.getGoal().getOrdinal())
                                        .thenComparing(ActionMeasure::getDueOn))
                                .map(m -> new StrategyDetails.Measure(m.getId(), m.getVersion(), m.getGoal().getId(),
                                        m.getGoal().getOrdinal(), m.getText(), m.getResponsible().getId(),
                                        m.getResponsible().getName(), m.getDueOn(), m.getStatus(),
                                        m.getStatus().isOpen() && today.isAfter(m.getDueOn()),
                                        actor.mayChangePartner(m.getResponsible().getId())))
                                .toList()))
                        .toList());
    }

    private List<ActionMeasure> measures(ActionPlan plan) {
        return em.createQuery("SELECT m FROM ActionMeasure m WHERE m.plan = :p ORDER BY m.id", ActionMeasure.class)
                .setParameter("p", plan).getResultList();
    }

    private Strategy strategy(long id) {
        Strategy strategy = em.find(Strategy.class, id);
        if (strategy == null || strategy.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Strategy", id);
        }
        return strategy;
    }

    private ActionPlan plan(long id) {
        ActionPlan plan = em.find(ActionPlan.class, id);
        if (plan == null || plan.getStrategy().getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("ActionPlan", id);
        }
        return plan;
    }
}
