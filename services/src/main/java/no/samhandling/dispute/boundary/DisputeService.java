package no.samhandling.dispute.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.dispute.boundary.DisputeDetails.PartyChoice;
import no.samhandling.dispute.boundary.DisputeDetails.StepLine;
import no.samhandling.dispute.entity.Dispute;
import no.samhandling.dispute.entity.Dispute.Member;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Disputes of §6 (R-DSP-1 … R-DSP-4): the register, opening one, its steps up the ladder, and how it ended. A
 * municipality sees its own disputes and the community-wide ones and acts only for itself; the secretariat and the
 * hospital see all. Every change is archived by every concerned party (the hospital and the municipality, or all
 * parties when community-wide) in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class DisputeService {

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

    /**
     * The register: the disputes the user may see, filtered, oldest open first — filtered in the database, so the
     * register costs what its answer holds, not what the community ever disputed.
     */
    public List<DisputeLine> list(DisputeQuery query) {
        return list(query, 0, Integer.MAX_VALUE);
    }

    /** A page of the register, oldest first, filtered in the database (a municipality sees what it may). */
    public List<DisputeLine> list(DisputeQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        var typed = em.createQuery("SELECT d FROM Dispute d WHERE " + where + " ORDER BY d.openedOn, d.id", Dispute.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit));
        parameters.forEach(typed::setParameter);
        LocalDate today = LocalDate.now(clock);
        return typed.getResultStream().map(d -> line(d, today)).toList();
    }

    public long count(DisputeQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        var typed = em.createQuery("SELECT COUNT(d) FROM Dispute d WHERE " + where(query, parameters), Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private String where(DisputeQuery query, Map<String, Object> parameters) {
        Actor actor = currentActor.get();
        DisputeQuery q = query == null ? new DisputeQuery(null, null, null, null) : query;
        StringBuilder jpql = new StringBuilder("d.community.id = :c");
        parameters.put("c", actor.communityId());
        Partner own = ownMunicipality(actor);
        if (own != null) { // a municipality sees the disputes it is party to, and those of every party
            jpql.append(" AND (d.municipality IS NULL OR d.municipality = :own)");
            parameters.put("own", own);
        }
        if (q.partnerId() != null) {
            jpql.append(" AND (d.raisedBy.id = :p OR d.municipality.id = :p)");
            parameters.put("p", q.partnerId());
        }
        if (q.kind() != null) {
            jpql.append(" AND d.kind = :kind");
            parameters.put("kind", q.kind());
        }
        if (q.step() != null) {
            jpql.append(" AND d.currentStep = :step");
            parameters.put("step", q.step());
        }
        if (q.status() != null) {
            jpql.append(" AND d.status = :status");
            parameters.put("status", q.status());
        }
        return jpql.toString();
    }

    public DisputeDetails details(long disputeId) {
        Actor actor = currentActor.get();
        Dispute d = dispute(disputeId);
        String caseNumber = d.getFromCaseId() == null ? null : caseFile(d.getFromCaseId()).number();
        List<StepLine> steps = d.getSteps().stream()
                .map(s -> new StepLine(s.getStep(), s.getTakenOn(), s.getAskedBy().getName(), s.getReason(),
                        s.getMembers().stream().map(m -> m.getName() + " (" + m.getPartner().getName() + ")").toList(),
                        s.getRecordedBy()))
                .toList();
        List<PartyChoice> parties = concerned(d).stream().filter(p -> actor.mayChangePartner(p.getId()))
                .map(p -> new PartyChoice(p.getId(), p.getName())).toList();
        return new DisputeDetails(line(d, LocalDate.now(clock)), d.getVersion(), d.getDescription(), d.getOutcome(),
                d.getFromCaseId(), caseNumber, steps, d.getStatus() == DisputeStatus.OPEN ? d.getCurrentStep().next() : null,
                d.getStatus() == DisputeStatus.OPEN && !parties.isEmpty(), parties);
    }

    /**
     * Opens a dispute, raised by a party of it: the secretariat for any party, an administrator for their own. A
     * dispute may start from a case that did not reach consensus; it is then about an agreement, guideline or routine.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public long open(NewDispute raised) {
        Actor actor = currentActor.get();
        if (raised == null || raised.raisedByPartnerId() == null) {
            throw RuleViolation.invalidField("raisedByPartnerId", "input.required");
        }
        Partner raisedBy = partners.getInCommunity(actor.communityId(), raised.raisedByPartnerId()).getPartner();
        if (!actor.mayChangePartner(raisedBy.getId())) {
            throw new Forbidden(actor.username() + " may not raise a dispute for partner " + raisedBy.getId());
        }
        Partner municipality = raised.municipalityId() == null ? null
                : partners.getInCommunity(actor.communityId(), raised.municipalityId()).getPartner();
        if (raised.caseId() != null) {
            CaseFile file = caseFile(raised.caseId());
            if (file.getStatus() != CaseStatus.NO_CONSENSUS || raised.kind() != DisputeKind.AGREEMENT) {
                throw RuleViolation.invalidField("caseId", "dispute.case.notNoConsensus", file.number());
            }
        }
        LocalDate today = LocalDate.now(clock);
        int year = raised.openedOn() == null ? today.getYear() : raised.openedOn().getYear();
        // the community's row locked to the end of the transaction: disputes opened at once take their numbers in turn
        em.find(HealthCommunity.class, actor.communityId(), LockModeType.PESSIMISTIC_WRITE);
        int sequence = em.createQuery("SELECT COALESCE(MAX(d.sequence), 0) FROM Dispute d "
                        + "WHERE d.community.id = :c AND d.year = :y", Integer.class)
                .setParameter("c", actor.communityId()).setParameter("y", year).getSingleResult() + 1;
        Dispute dispute = Dispute.open(em.getReference(HealthCommunity.class, actor.communityId()), sequence,
                new Dispute.Raised(raised.kind(), raised.subject(), raised.title(), raised.description(), municipality,
                        raisedBy, raised.openedOn(), raised.caseId()),
                today, actor.username(), clock.instant());
        em.persist(dispute);
        em.flush();
        archive.disputeChanged(actor.communityId(), dispute, "dispute.opened", concerned(dispute));
        return dispute.getId();
    }

    /** R-DSP-2 / R-DSP-3: the next step, asked for by a party the user acts for. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public DisputeDetails escalate(long disputeId, Escalation escalation) {
        Actor actor = currentActor.get();
        Dispute dispute = dispute(disputeId);
        if (escalation == null || escalation.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        dispute.requireVersion(escalation.version());
        Partner askedBy = escalation.askedByPartnerId() == null ? null
                : partners.getInCommunity(actor.communityId(), escalation.askedByPartnerId()).getPartner();
        if (askedBy != null && !actor.mayChangePartner(askedBy.getId())) {
            throw new Forbidden(actor.username() + " may not act for partner " + askedBy.getId());
        }
        List<Member> members = escalation.members() == null ? List.of() : escalation.members().stream()
                .map(m -> new Member(m.name(), m.partnerId() == null ? null
                        : partners.getInCommunity(actor.communityId(), m.partnerId()).getPartner()))
                .filter(m -> m.partner() != null)
                .toList();
        dispute.escalate(escalation.step(), escalation.on(), askedBy, escalation.reason(), members,
                LocalDate.now(clock), actor.username(), clock.instant());
        em.flush();
        archive.disputeChanged(actor.communityId(), dispute, "dispute.escalated", concerned(dispute));
        return details(disputeId);
    }

    /** R-DSP-3: resolved or withdrawn, by the secretariat or an administrator of a party of the dispute. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public DisputeDetails close(long disputeId, Closure closure) {
        Actor actor = currentActor.get();
        Dispute dispute = dispute(disputeId);
        if (closure == null || closure.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        if (concerned(dispute).stream().noneMatch(p -> actor.mayChangePartner(p.getId()))) {
            throw new Forbidden(actor.username() + " is not a party of dispute " + disputeId);
        }
        dispute.requireVersion(closure.version());
        dispute.close(closure.status(), closure.closedOn(), closure.outcome(), LocalDate.now(clock));
        em.flush();
        archive.disputeChanged(actor.communityId(), dispute,
                closure.status() == DisputeStatus.WITHDRAWN ? "dispute.withdrawn" : "dispute.resolved",
                concerned(dispute));
        return details(disputeId);
    }

    /** The parties a dispute concerns: the hospital and the municipality, or every party when community-wide. */
    private List<Partner> concerned(Dispute dispute) {
        return partners.partnersIn(dispute.getCommunity().getId()).stream().filter(dispute::concerns)
                .sorted(Comparator.comparing((Partner p) -> p.getKind()).thenComparing(Partner::getName)).toList();
    }

    /** A municipality sees its own disputes and the community-wide ones; the secretariat and the hospital all. */
    private Predicate<Dispute> visibleTo(Actor actor) {
        Partner own = ownMunicipality(actor);
        if (own == null) {
            return dispute -> true;
        }
        return dispute -> dispute.getMunicipality() == null || dispute.getMunicipality().equals(own);
    }

    /**
     * The municipality whose disputes alone (besides those of every party) the user may read: a municipal
     * administrator's own; null for everyone else, who reads them all. The search asks it for its query.
     */
    public Long readableMunicipality() {
        Partner own = ownMunicipality(currentActor.get());
        return own == null ? null : own.getId();
    }

    /** The municipality an administrator acts for; null for the secretariat, the hospital and members. */
    private Partner ownMunicipality(Actor actor) {
        Partner own = actor.isSecretariat() || actor.partnerId() == null ? null : em.find(Partner.class, actor.partnerId());
        return own == null || own.getKind() != PartnerKind.MUNICIPALITY ? null : own;
    }

    private Dispute dispute(long disputeId) {
        Actor actor = currentActor.get();
        Dispute dispute = em.find(Dispute.class, disputeId);
        if (dispute == null || dispute.getCommunity().getId() != actor.communityId() || !visibleTo(actor).test(dispute)) {
            throw new NotFound("Dispute", disputeId);
        }
        return dispute;
    }

    private CaseFile caseFile(long caseId) {
        CaseFile file = em.find(CaseFile.class, caseId);
        if (file == null || file.getCommunity().getId() != currentActor.get().communityId()) {
            throw RuleViolation.invalidField("caseId", "input.required");
        }
        return file;
    }

    private static DisputeLine line(Dispute d, LocalDate today) {
        LocalDate end = d.getClosedOn() == null ? today : d.getClosedOn();
        return new DisputeLine(d.getId(), d.number(), d.getTitle(), d.getKind(), d.getSubject(),
                d.getMunicipality() == null ? null : d.getMunicipality().getName(), d.getRaisedBy().getName(),
                d.getCurrentStep(), d.getStatus(), d.getOpenedOn(), ChronoUnit.DAYS.between(d.getOpenedOn(), end),
                d.getClosedOn());
    }
}
