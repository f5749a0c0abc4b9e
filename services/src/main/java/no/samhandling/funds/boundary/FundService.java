package no.samhandling.funds.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.Decision;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.funds.control.FundStatementPdf;
import no.samhandling.funds.entity.FundBudget;
import no.samhandling.funds.entity.FundSpending;
import no.samhandling.platform.control.Letterheads;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R-COST-1 (§4.3, §7): AU (the secretariat) keeps the community's shared administrative funds — a budget per year and
 * what is spent on joint events and professional days, each against the decision that allowed it when it goes beyond
 * the budget. Every party reads the statement; each party's own costs are its own and are not kept here.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class FundService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    Letterheads letterheads;

    @Inject
    CaseFiles caseFiles;

    /** Sets the year's budget; {@code seenVersion} null when there was none. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public FundStatement setBudget(int year, Long seenVersion, BigDecimal amount, Long decisionId) {
        Actor actor = currentActor.get();
        Decision decision = decision(decisionId);
        Optional<FundBudget> existing = budget(actor.communityId(), year);
        if (existing.isPresent()) {
            existing.get().requireVersion(seenVersion == null ? -1 : seenVersion);
            existing.get().set(amount, decision);
        } else {
            em.persist(new FundBudget(em.getReference(HealthCommunity.class, actor.communityId()), year, amount, decision));
        }
        em.flush();
        return statement(year);
    }

    /** R-COST-1: spending beyond the year's budget is refused unless a decision allowed it. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long spend(NewSpending spending) {
        Actor actor = currentActor.get();
        if (spending.spentOn() == null) {
            throw RuleViolation.invalidField("spentOn", "funds.spentOn.required");
        }
        int year = spending.spentOn().getYear();
        BigDecimal budget = budget(actor.communityId(), year).map(FundBudget::getAmount).orElse(null);
        FundSpending entity = new FundSpending(em.getReference(HealthCommunity.class, actor.communityId()),
                spending.spentOn(), spending.amount(), spending.purpose(), spending.kind(),
                decision(spending.decisionId()), spent(actor.communityId(), year), budget, actor.username(),
                clock.instant());
        em.persist(entity);
        em.flush();
        return entity.getId();
    }

    public FundStatement statement(int year) {
        long community = currentActor.get().communityId();
        Optional<FundBudget> budget = budget(community, year);
        List<FundStatement.Line> lines = em.createQuery("""
                        SELECT s FROM FundSpending s LEFT JOIN FETCH s.decision WHERE s.community.id = :c
                        AND s.spentOn >= :from AND s.spentOn <= :to ORDER BY s.spentOn, s.id""", FundSpending.class)
                .setParameter("c", community).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultStream()
                .map(s -> new FundStatement.Line(s.getId(), s.getSpentOn(), s.getAmount(), s.getPurpose(), s.getKind(),
                        s.getDecision() == null ? null : s.getDecision().getCaseFile().getBody().getCode() + " "
                                + s.getDecision().getCaseFile().number(),
                        s.getDecision() == null ? null : s.getDecision().getCaseFile().getId(), s.getRecordedBy()))
                .toList();
        BigDecimal spent = lines.stream().map(FundStatement.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = budget.map(FundBudget::getAmount).orElse(null);
        return new FundStatement(year, amount, budget.map(FundBudget::getVersion).orElse(null), spent,
                amount == null ? spent.negate() : amount.subtract(spent), lines);
    }

    /** The yearly statement as PDF, headed with the community's name. */
    public byte[] pdf(int year) {
        return FundStatementPdf.of(letterheads.current(), statement(year));
    }

    private BigDecimal spent(long community, int year) {
        BigDecimal sum = em.createQuery("""
                        SELECT SUM(s.amount) FROM FundSpending s WHERE s.community.id = :c
                        AND s.spentOn >= :from AND s.spentOn <= :to""", BigDecimal.class)
                .setParameter("c", community).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private Optional<FundBudget> budget(long community, int year) {
        return em.createQuery("SELECT b FROM FundBudget b WHERE b.community.id = :c AND b.year = :y", FundBudget.class)
                .setParameter("c", community).setParameter("y", year).getResultStream().findFirst();
    }

    /** A decision of the community, or none. */
    private Decision decision(Long decisionId) {
        if (decisionId == null) {
            return null;
        }
        return caseFiles.decision(currentActor.get().communityId(), decisionId);
    }
}
