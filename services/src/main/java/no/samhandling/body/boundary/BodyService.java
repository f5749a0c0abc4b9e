package no.samhandling.body.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.body.entity.Leadership;
import no.samhandling.body.entity.LeadershipTerm;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.PartnershipMeetingRules;
import no.samhandling.body.entity.Position;
import no.samhandling.body.entity.CompositionCheck;
import no.samhandling.body.entity.Membership;
import no.samhandling.body.control.People;
import no.samhandling.body.entity.Person;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Region;
import no.samhandling.platform.control.Resources;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Bodies on three levels, who sits in them, and how that compares with the agreement (R-BODY-3, -5, -8). */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class BodyService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    Clock clock;

    @Inject
    People people;

    public List<BodySummary> list() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT b FROM Body b WHERE b.community.id = :c ORDER BY b.level, b.validFrom DESC, b.code",
                        Body.class)
                .setParameter("c", currentActor.get().communityId())
                .getResultStream().map(b -> summary(b, today)).toList();
    }

    /** The body on a day (today when {@code on} is null): its members then, and its deviations from the agreement. */
    public BodyDetails get(long bodyId, LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        Body body = body(bodyId);
        List<Membership> active = memberships(body).stream().filter(m -> m.isActiveOn(day)).toList();
        List<String> regions = em.createQuery("SELECT r.name FROM Region r WHERE r.community.id = :c ORDER BY r.name",
                        String.class)
                .setParameter("c", currentActor.get().communityId()).getResultList();
        List<DeviationLine> deviations = CompositionCheck.check(body.getKind(),
                        active.stream().map(Membership::seat).toList(), regions, ksId(), body.hasUserRepresentation())
                .stream()
                .map(d -> new DeviationLine(d.ruleId(), d.key(), d.arguments().stream().map(String::valueOf).toList()))
                .toList();
        List<LeadershipTerm> terms = leadershipTerms(body);
        return new BodyDetails(summary(body, LocalDate.now(clock)), day, active.stream().map(BodyService::line).toList(),
                deviations, terms.stream().map(t -> leadershipLine(t, day)).toList(),
                Leadership.propose(terms).orElse(null),
                body.getKind() == BodyKind.PARTNERSHIP_MEETING ? partnershipMeeting(day) : null);
    }

    /**
     * The signed-in user's own offices: memberships of the people registered with the user's work e-mail, and the
     * coming meetings of those bodies.
     */
    public MyOffices mine() {
        long community = currentActor.get().communityId();
        String email = em.find(UserAccount.class, currentActor.get().userId()).getEmail();
        if (email == null) {
            return new MyOffices(List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<Membership> mine = em.createQuery("""
                        SELECT m FROM Membership m WHERE m.body.community.id = :c
                        AND LOWER(m.person.workEmail) = LOWER(:email) ORDER BY m.termFrom DESC""", Membership.class)
                .setParameter("c", community).setParameter("email", email).getResultList();
        List<MyOffices.Office> offices = mine.stream().map(m -> new MyOffices.Office(m.getBody().getId(),
                m.getBody().getNameNb(), m.getBody().getNameEn(), line(m), m.isActiveOn(today))).toList();
        List<Long> bodyIds = mine.stream().filter(m -> m.isActiveOn(today) || m.getTermFrom().isAfter(today))
                .map(m -> m.getBody().getId()).distinct().toList();
        List<MyOffices.NextMeeting> meetings = bodyIds.isEmpty() ? List.of() : em.createQuery("""
                        SELECT mt FROM Meeting mt JOIN FETCH mt.body WHERE mt.body.id IN :bodies AND mt.startsAt > :now
                        ORDER BY mt.startsAt""", Meeting.class)
                .setParameter("bodies", bodyIds).setParameter("now", clock.instant()).setMaxResults(20)
                .getResultStream()
                .map(mt -> new MyOffices.NextMeeting(mt.getId(), mt.getBody().getNameNb(), mt.getBody().getNameEn(),
                        mt.getTitle(), mt.getStartsAt().atZone(Resources.OSLO), mt.getPlace()))
                .toList();
        return new MyOffices(offices, meetings);
    }

    /** R-BODY-6: SSU mandates a professional committee; the secretariat records it. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public BodySummary createProfessionalCommittee(NewCommittee committee) {
        long community = currentActor.get().communityId();
        Body ssu = em.createQuery("""
                        SELECT b FROM Body b WHERE b.community.id = :c
                        AND b.kind = no.samhandling.body.entity.BodyKind.STRATEGIC_COMMITTEE AND b.validTo IS NULL""", Body.class)
                .setParameter("c", community).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("R-BODY-6", "body.mandate.bySsu"));
        long existing = em.createQuery("SELECT COUNT(b) FROM Body b WHERE b.community.id = :c AND b.code LIKE 'FSU-%'", Long.class)
                .setParameter("c", community).getSingleResult();
        Body body = Body.professionalCommittee(ssu, "FSU-" + (existing + 1), committee.nameNb(), committee.nameEn(),
                committee.mandateText(), committee.mandateDate(), committee.userRepresentation());
        em.persist(body);
        em.flush();
        return summary(body, LocalDate.now(clock));
    }

    /** R-BODY-7: GPs at all three levels; a level without GP involvement today is flagged. */
    public List<GpInvolvement> gpInvolvement() {
        LocalDate today = LocalDate.now(clock);
        List<Membership> active = em.createQuery("SELECT m FROM Membership m WHERE m.body.community.id = :c", Membership.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .filter(m -> m.isActiveOn(today) && m.getBody().isValidOn(today))
                .filter(m -> CompositionCheck.isGp(m.seat()))
                .toList();
        return IntStream.rangeClosed(1, 3).mapToObj(level -> {
            List<String> bodiesWithGp = active.stream().filter(m -> m.getBody().getLevel() == level)
                    .map(m -> m.getBody().getCode()).distinct().sorted().toList();
            return new GpInvolvement(level, !bodiesWithGp.isEmpty(), bodiesWithGp);
        }).toList();
    }

    private PartnershipMeetingInfo partnershipMeeting(LocalDate day) {
        List<LeadershipTerm> ssuTerms = em.createQuery("""
                        SELECT t FROM LeadershipTerm t WHERE t.body.community.id = :c
                        AND t.body.kind = no.samhandling.body.entity.BodyKind.STRATEGIC_COMMITTEE""", LeadershipTerm.class)
                .setParameter("c", currentActor.get().communityId()).getResultList();
        @SuppressWarnings("unchecked")
        List<String> invited = em.createNativeQuery("""
                        SELECT name FROM invited_organisation WHERE community_id = ?1
                        AND invited_to IN ('PARTNERSHIP_MEETING', 'BOTH') ORDER BY name""")
                .setParameter(1, currentActor.get().communityId()).getResultList();
        return new PartnershipMeetingInfo(
                PartnershipMeetingRules.chair(ssuTerms, day).map(t -> t.getLeader().getFullName()).orElse(null),
                PartnershipMeetingRules.DECIDING.stream().map(Enum::name).sorted().toList(), invited,
                PartnershipMeetingRules.PARTS);
    }

    /**
     * R-BODY-2 / R-BODY-4: appoints the leader of SSU or AU for a two-year term, alternating, AU always opposite
     * SSU. {@code bodyVersion} is the version of the body the user saw.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public LeadershipLine appointLeader(long bodyId, long bodyVersion, long personId, Party party, LocalDate from,
                                        LocalDate to) {
        Body body = body(bodyId);
        body.requireVersion(bodyVersion);
        // R-BODY-4 pairs SSU and AU: each appointment is checked against the other body's terms
        BodyKind other = body.getKind() == BodyKind.WORKING_COMMITTEE ? BodyKind.STRATEGIC_COMMITTEE
                : body.getKind() == BodyKind.STRATEGIC_COMMITTEE ? BodyKind.WORKING_COMMITTEE : null;
        List<LeadershipTerm> otherBodysTerms = other == null ? List.of() : em.createQuery("""
                        SELECT t FROM LeadershipTerm t WHERE t.body.community.id = :c AND t.body.kind = :kind""",
                        LeadershipTerm.class)
                .setParameter("c", currentActor.get().communityId()).setParameter("kind", other).getResultList();
        LeadershipTerm term = Leadership.appoint(body, party, person(personId), from, to, leadershipTerms(body),
                otherBodysTerms);
        em.persist(term);
        lockAndFlush(body);
        return leadershipLine(term, LocalDate.now(clock));
    }

    /** Seats a person in a body for a term; the same person's terms in one body may not overlap. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public MemberLine addMember(long bodyId, NewMember member) {
        Body body = body(bodyId);
        body.requireVersion(member.bodyVersion());
        Person person = member.personId() != null ? person(member.personId()) : newPerson(member);
        Person deputy = member.deputyPersonId() == null ? null : person(member.deputyPersonId());
        Region region = member.regionId() == null ? null : region(member.regionId());
        Membership membership = new Membership(body, person, member.party(), region, member.invitedOrganisationId(),
                member.seatType(), deputy, member.termFrom(), member.termTo());
        boolean overlaps = memberships(body).stream()
                .anyMatch(m -> m.getPerson().equals(person) && m.overlaps(member.termFrom(), member.termTo()));
        if (overlaps) {
            throw RuleViolation.invalidField("termFrom", "membership.term.overlaps", person.getFullName());
        }
        em.persist(membership);
        lockAndFlush(body);
        return line(membership);
    }

    /** Ends a term on its last day. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public MemberLine endMembership(long membershipId, long seenVersion, LocalDate lastDay) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || membership.getBody().getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Membership", membershipId);
        }
        membership.requireVersion(seenVersion);
        if (lastDay == null) {
            throw RuleViolation.invalidField("termTo", "membership.termTo.required");
        }
        membership.end(lastDay);
        lockAndFlush(membership.getBody());
        return line(membership);
    }

    /** Corrects a person's name, position and work contact (the version is the one the user saw). */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PersonDetails updatePerson(long personId, long seenVersion, String fullName, Position position,
                                   String workEmail, String workPhone) {
        Person person = person(personId);
        person.requireVersion(seenVersion);
        person.describe(fullName, position, workEmail, workPhone);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Person", personId);
        }
        return personLine(person);
    }

    /** One person of the community, for the person page. */
    public PersonDetails getPerson(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Person", personId);
        }
        return personLine(person);
    }

    private static PersonDetails personLine(Person p) {
        return new PersonDetails(p.getId(), p.getVersion(), p.getFullName(), p.getPosition(), p.getWorkEmail(),
                p.getWorkPhone());
    }

    /** A page of the community's people, by name, and their total (the API). */
    public List<PersonDetails> people(int offset, int limit) {
        return em.createQuery("SELECT p FROM Person p WHERE p.community.id = :c ORDER BY p.fullName, p.id", Person.class)
                .setParameter("c", currentActor.get().communityId())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultStream().map(BodyService::personLine).toList();
    }

    public long countPeople() {
        return em.createQuery("SELECT COUNT(p) FROM Person p WHERE p.community.id = :c", Long.class)
                .setParameter("c", currentActor.get().communityId()).getSingleResult();
    }

    /** The organisations the agreement invites (R-BODY-1, R-BODY-3), for seats and the partnership meeting. */
    public List<InvitedOrganisation> invitedOrganisations() {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, code, name, invited_to, observer FROM invited_organisation WHERE community_id = ?1
                        ORDER BY name, id""")
                .setParameter(1, currentActor.get().communityId()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new InvitedOrganisation(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], Boolean.TRUE.equals(r[4]))).toList();
    }

    /** An organisation the agreement invites: to the partnership meeting, to the professional committees or both. */
    public record InvitedOrganisation(long id, String code, String name, String invitedTo, boolean observer) implements java.io.Serializable {
    }

    /** People of the community, for choosing members and deputies. */
    public List<MemberLine> people() {
        return em.createQuery("SELECT p FROM Person p WHERE p.community.id = :c ORDER BY p.fullName", Person.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .map(p -> new MemberLine(0, 0, p.getId(), p.getFullName(), p.getPosition(), null, null, null, null, null, null))
                .toList();
    }

    private Person newPerson(NewMember member) {
        Person person = new Person(em.getReference(HealthCommunity.class, currentActor.get().communityId()),
                member.fullName(), member.partnerId() == null ? null
                : partners.getInCommunity(currentActor.get().communityId(), member.partnerId()).getPartner(),
                null, member.position(), member.workEmail(), member.workPhone());
        em.persist(person);
        return person;
    }

    /** Every change of a body's membership bumps the body's version: two secretaries editing one body collide. */
    private void lockAndFlush(Body body) {
        try {
            em.lock(body, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Body", body.getId());
        }
    }

    private List<LeadershipTerm> leadershipTerms(Body body) {
        return em.createQuery("SELECT t FROM LeadershipTerm t WHERE t.body = :b ORDER BY t.termFrom", LeadershipTerm.class)
                .setParameter("b", body).getResultList();
    }

    private static LeadershipLine leadershipLine(LeadershipTerm t, LocalDate day) {
        return new LeadershipLine(t.getId(), t.getParty(), t.getLeader().getFullName(), t.getLeader().getPosition(),
                t.getTermFrom(), t.getTermTo(), t.getSecretaryParty(), t.covers(day));
    }

    private List<Membership> memberships(Body body) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.body = :b ORDER BY m.party, m.seatType, m.termFrom",
                        Membership.class)
                .setParameter("b", body).getResultList();
    }

    /** KS sits in SSU as observer (R-BODY-3); invited organisations have no entity yet, hence the native query. */
    private Long ksId() {
        Object id = em.createNativeQuery("SELECT id FROM invited_organisation WHERE community_id = ?1 AND code = 'KS'")
                .setParameter(1, currentActor.get().communityId())
                .getResultStream().findFirst().orElse(null);
        return id == null ? null : ((Number) id).longValue();
    }

    private Body body(long bodyId) {
        Body body = em.find(Body.class, bodyId);
        if (body == null || body.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Body", bodyId);
        }
        return body;
    }

    private Person person(long personId) {
        return people.get(currentActor.get().communityId(), personId);
    }

    private Region region(long regionId) {
        Region region = em.find(Region.class, regionId);
        if (region == null || region.getCommunity().getId() != currentActor.get().communityId()) {
            throw RuleViolation.invalidField("region", "membership.region.unknown");
        }
        return region;
    }

    private static BodySummary summary(Body b, LocalDate today) {
        return new BodySummary(b.getId(), b.getVersion(), b.getCode(), b.getNameNb(), b.getNameEn(), b.getKind(),
                b.getLevel(), b.getValidFrom(), b.getValidTo(), b.isValidOn(today), b.getMandateText(),
                b.getMandateDate(), b.hasUserRepresentation());
    }

    private static MemberLine line(Membership m) {
        return new MemberLine(m.getId(), m.getVersion(), m.getPerson().getId(), m.getPerson().getFullName(),
                m.getPerson().getPosition(), m.getParty(), m.getRegion() == null ? null : m.getRegion().getName(),
                m.getSeatType(), m.getDeputy() == null ? null : m.getDeputy().getFullName(), m.getTermFrom(), m.getTermTo());
    }
}
