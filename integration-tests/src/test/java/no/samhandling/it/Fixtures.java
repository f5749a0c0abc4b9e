package no.samhandling.it;

import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.Membership;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Person;
import no.samhandling.body.entity.SeatType;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.partner.entity.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.FrameworkAgreement;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.entity.Partner;
import no.samhandling.user.control.PasswordHasher;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test data each test makes for itself, committed in its own transaction, as a user would have it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Fixtures {

    public static final String PASSWORD = "test-password-123";

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    /** A short random token, so that every run of a test changes something (the database may outlive a run). */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new user of the Ahus community with one role, acting for the partner with that municipality number. */
    public String user(Role role, String municipalityNumberOrNull) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = new UserAccount(username, "Test " + username, username + "@example.org", ahus());
        Partner partner = municipalityNumberOrNull == null ? null
                : "HF".equals(municipalityNumberOrNull) ? hospital() : municipality(municipalityNumberOrNull);
        user.authorise(Set.of(role), partner);
        user.changePasswordHash(PasswordHasher.hash(PASSWORD));
        em.persist(user);
        return username;
    }

    public long userId(String username) {
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :n", Long.class)
                .setParameter("n", username).getSingleResult();
    }

    /** A new version of the community's agreement, approved and open for signatures, so tests never run out of parties. */
    public long agreementVersionForSigning() {
        FrameworkAgreement agreement = em.createQuery(
                        "SELECT a FROM FrameworkAgreement a WHERE a.community.code = 'ahus' ORDER BY a.id", FrameworkAgreement.class)
                .setMaxResults(1).getSingleResult(); // the reference agreement: a database kept between runs may hold more
        AgreementVersion version = new AgreementVersion(agreement, "t-" + unique(), AgreementStatus.SIGNING,
                LocalDate.of(2026, 1, 1));
        em.persist(version);
        em.flush();
        return version.getId();
    }

    /** A person of the Ahus community with a position, for seating and appointing. */
    public long person(String name, no.samhandling.body.entity.Position position) {
        var person = new no.samhandling.body.entity.Person(ahus(), name, null, null, position, null, null);
        em.persist(person);
        em.flush();
        return person.getId();
    }

    /** A person whose work e-mail is a user's, so that the user's own offices and meetings are theirs. */
    public long person(String name, no.samhandling.body.entity.Position position, String workEmail) {
        var person = new no.samhandling.body.entity.Person(ahus(), name, null, null, position, workEmail, null);
        em.persist(person);
        em.flush();
        return person.getId();
    }

    public String email(String username) {
        return em.createQuery("SELECT u.email FROM UserAccount u WHERE u.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
    }

    public Long invitedOrganisationId(String code) {
        return ((Number) em.createNativeQuery("SELECT id FROM invited_organisation WHERE code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
    }

    /** The label people know an agreement version by ("2.0"). */
    public String versionLabel(long versionId) {
        return em.find(no.samhandling.agreement.entity.AgreementVersion.class, versionId).getLabel();
    }

    public HealthCommunity ahus() {
        return em.createQuery("SELECT c FROM HealthCommunity c WHERE c.code = 'ahus'", HealthCommunity.class)
                .getSingleResult();
    }

    public Partner municipality(String number) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.municipalityNumber = :n", Partner.class)
                .setParameter("n", number).getSingleResult();
    }

    public Partner hospital() {
        return em.createQuery("SELECT p FROM Partner p WHERE p.kind = no.samhandling.partner.entity.PartnerKind.HOSPITAL_TRUST",
                Partner.class).getSingleResult();
    }

    public long partnerId(String municipalityNumber) {
        return municipality(municipalityNumber).getId();
    }

    /** The partner as stored now, read in a fresh transaction. */
    public Partner reload(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        em.detach(partner);
        return partner;
    }

    public long bodyId(String code) {
        return em.createQuery("SELECT b.id FROM Body b WHERE b.code = :c AND b.community.code = 'ahus'", Long.class)
                .setParameter("c", code).getSingleResult();
    }

    /** Seats a person in a body from yesterday, with a fixed seat, for one party (municipal seats through a region). */
    public void seat(String bodyCode, long personId, Party party, Long deputyPersonId) {
        Body body = em.find(Body.class, bodyId(bodyCode));
        Region region = party == Party.MUNICIPALITIES
                ? em.createQuery("SELECT r FROM Region r", Region.class).setMaxResults(1).getSingleResult() : null;
        em.persist(new Membership(body, em.find(Person.class, personId), party, region, null, SeatType.FIXED,
                deputyPersonId == null ? null : em.find(Person.class, deputyPersonId), LocalDate.now().minusDays(1),
                null));
    }

    /**
     * The meeting is being held: it began an hour ago. The papers of its cases keep their distance to the meeting
     * day, so papers that were in time stay in time.
     */
    public void held(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Instant began = Instant.now().minusSeconds(3600);
        long days = ChronoUnit.DAYS.between(began.atZone(ZoneId.of("Europe/Oslo")).toLocalDate(), meeting.day());
        em.createNativeQuery("UPDATE meeting SET starts_at = ?1, ends_at = NULL WHERE id = ?2")
                .setParameter(1, OffsetDateTime.ofInstant(began, ZoneOffset.UTC)).setParameter(2, meetingId)
                .executeUpdate();
        List<Object[]> papers = em.createQuery("""
                        SELECT p.id, p.sentOn FROM CasePaper p WHERE p.caseFile IN
                        (SELECT a.caseFile FROM AgendaItem a WHERE a.meeting.id = :m)""", Object[].class)
                .setParameter("m", meetingId).getResultList();
        for (Object[] paper : papers) {
            em.createNativeQuery("UPDATE case_paper SET sent_on = ?1 WHERE id = ?2")
                    .setParameter(1, ((LocalDate) paper[1]).minusDays(days)).setParameter(2, paper[0]).executeUpdate();
        }
    }

    /** Moves a follow-up action's due day, as if it had been set long ago. */
    public void due(long actionId, LocalDate dueOn) {
        em.createNativeQuery("UPDATE follow_up_action SET due_on = ?1 WHERE id = ?2")
                .setParameter(1, dueOn).setParameter(2, actionId).executeUpdate();
    }

    /** Undoes a party's termination and its notices, so that a reused database keeps every party. */
    public void withdrawNotices(long partnerId) {
        em.createNativeQuery("DELETE FROM agreement_notice WHERE partner_id = ?1").setParameter(1, partnerId).executeUpdate();
        em.createNativeQuery("UPDATE community_party SET left_on = NULL WHERE partner_id = ?1").setParameter(1, partnerId)
                .executeUpdate();
    }

    /**
     * Puts version 2.0 back in force and retires a test's version, so that a reused database keeps the reference
     * agreement in force for every other test.
     */
    public void restoreVersionTwoInForce(long testVersionId) {
        em.createNativeQuery("UPDATE agreement_version SET status = 'SUPERSEDED', published_on = NULL WHERE id = ?1")
                .setParameter(1, testVersionId).executeUpdate();
        em.createNativeQuery("UPDATE agreement_version SET status = 'IN_FORCE' WHERE label = '2.0'").executeUpdate();
    }

    /** Closes a case as if its meeting found no consensus (R-CASE-5), so that a dispute can start from it. */
    public void noConsensus(long caseId) {
        em.createNativeQuery("UPDATE case_file SET status = 'NO_CONSENSUS' WHERE id = ?1").setParameter(1, caseId)
                .executeUpdate();
    }

    /** The Ahus collaboration area with this number (§3). */
    public long collaborationAreaId(int ordinal) {
        return ((Number) em.createNativeQuery("SELECT a.id FROM collaboration_area a JOIN health_community c "
                + "ON c.id = a.community_id WHERE c.code = 'ahus' AND a.ordinal = ?1").setParameter(1, ordinal)
                .getSingleResult()).longValue();
    }

    /** Removes the yearly reviews of a year, so that a reused database can plan it again. */
    public void deleteReviews(int year) {
        em.createNativeQuery("DELETE FROM agreement_review WHERE review_year = ?1").setParameter(1, year).executeUpdate();
    }

    public LocalDate leftOn(long partnerId) {
        return em.createQuery("SELECT cp.leftOn FROM CommunityParty cp WHERE cp.partner.id = :p", LocalDate.class)
                .setParameter("p", partnerId).getSingleResult();
    }

    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    /** A professional committee mandated by SSU today, with a new code: a body no other test touches. */
    public long committee() {
        Body ssu = em.find(Body.class, bodyId("SSU"));
        Body body = Body.professionalCommittee(ssu, "FU-" + unique(), "Faglig utvalg " + unique(), null, "Mandat",
                LocalDate.now(), false);
        em.persist(body);
        em.flush();
        return body.getId();
    }

    /** A leadership term of a body, as the appointment would have left it. */
    public void leadershipTerm(long bodyId, long personId, LocalDate from, LocalDate to) {
        em.createNativeQuery("""
                        INSERT INTO leadership_term (body_id, party, leader_person_id, term_from, term_to)
                        VALUES (?1, 'HOSPITAL', ?2, ?3, ?4)""")
                .setParameter(1, bodyId).setParameter(2, personId).setParameter(3, from).setParameter(4, to)
                .executeUpdate();
    }

    /** A seat in a body for a set term of office. */
    public void seat(long bodyId, long personId, Party party, LocalDate from, LocalDate to) {
        em.persist(new Membership(em.find(Body.class, bodyId), em.find(Person.class, personId), party, null, null,
                SeatType.FIXED, null, from, to));
    }

    /**
     * A decided case of the body with one open follow-up action for the partner, as the procedure leaves it; returns
     * the action's id.
     */
    public long followUpAction(long bodyId, long meetingId, long partnerId, String description, LocalDate dueOn) {
        String title = "Vedtatt sak " + unique();
        em.createNativeQuery("""
                        INSERT INTO case_file (community_id, body_id, case_year, case_sequence, title, step, status,
                        has_consequences, registered_on) VALUES (?1, ?2, 2031, ?3, ?4, 'DECISION', 'DECIDED', FALSE, ?5)""")
                .setParameter(1, ahus().getId()).setParameter(2, bodyId)
                .setParameter(3, 1000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))
                .setParameter(4, title).setParameter(5, LocalDate.now()).executeUpdate();
        long caseId = ((Number) em.createNativeQuery("SELECT id FROM case_file WHERE title = ?1").setParameter(1, title)
                .getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO agenda_item (meeting_id, case_id, step, outcome) VALUES (?1, ?2, 'DECISION', 'DECIDED')""")
                .setParameter(1, meetingId).setParameter(2, caseId).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO decision (case_id, agenda_item_id, text, decided_on, recorded_by)
                        SELECT ?1, a.id, 'Vedtatt.', ?2, 'test' FROM agenda_item a WHERE a.case_id = ?1""")
                .setParameter(1, caseId).setParameter(2, LocalDate.now()).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO follow_up_action (community_id, decision_id, description, responsible_partner_id,
                        due_on, status) SELECT ?1, d.id, ?2, ?3, ?4, 'OPEN' FROM decision d WHERE d.case_id = ?5""")
                .setParameter(1, ahus().getId()).setParameter(2, description).setParameter(3, partnerId)
                .setParameter(4, dueOn).setParameter(5, caseId).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM follow_up_action WHERE description = ?1")
                .setParameter(1, description).getSingleResult()).longValue();
    }

    /**
     * A notification delivered to the partner's archive at that moment, never answered with a receipt; about a
     * record of its own, so that its sequence number never meets another's (the key of V22), however often it runs.
     */
    public void deliveredWithoutReceipt(long partnerId, Instant sentAt) {
        long aggregate = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        var message = new no.samhandling.archive.entity.OutboxMessage(ahus().getId(), partnerId, "test.delivered",
                "Test", aggregate, 1L, "<test/>", sentAt);
        message.markSent(sentAt);
        em.persist(message);
    }

    /** The archive messages about a record as if written (and sent) long ago, for retention. */
    public void backdateOutbox(String aggregateType, long aggregateId, Instant at) {
        em.createQuery("UPDATE OutboxMessage o SET o.createdAt = :at, o.sentAt = :at "
                        + "WHERE o.aggregateType = :type AND o.aggregateId = :id")
                .setParameter("at", at).setParameter("type", aggregateType).setParameter("id", aggregateId)
                .executeUpdate();
    }

    public long decisionOf(long followUpActionId) {
        return em.createQuery("SELECT a.decision.id FROM FollowUpAction a WHERE a.id = :a", Long.class)
                .setParameter("a", followUpActionId).getSingleResult();
    }

    /** One value a JPQL query selects, for what a test must read back exactly. */
    public <T> T single(Class<T> type, String jpql, Object... parameters) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    /** A partner outside the community whose archive has no queue (no archive code): what the relay cannot send to. */
    public long partnerWithoutArchiveQueue() {
        Partner partner = new Partner(no.samhandling.partner.entity.PartnerKind.MUNICIPALITY, "Uten arkivkø " + unique(),
                null);
        em.persist(partner);
        return partner.getId();
    }

    /**
     * Unsent archive messages to the recipient, each about a record of its own (so their sequence numbers never meet
     * another's), committed when this returns; the relay picks them up as any other. Answers their outbox ids.
     */
    public List<Long> unsentArchiveMessages(long recipientPartnerId, int count) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long aggregate = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            var message = new no.samhandling.archive.entity.OutboxMessage(ahus().getId(), recipientPartnerId,
                    "test.relay", "RelayTest", aggregate, 1L, "<test/>", Instant.now());
            em.persist(message);
            ids.add(message.getId());
        }
        em.flush();
        return ids;
    }

    /** An outbox row as the database holds it now. */
    public no.samhandling.archive.entity.OutboxMessage outboxRow(long id) {
        return em.find(no.samhandling.archive.entity.OutboxMessage.class, id);
    }

    /** The rows a relay test wrote leave the outbox (with the partner they were for, when given). */
    public void deleteArchiveMessages(List<Long> ids, Long partnerIdOrNull) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM OutboxMessage o WHERE o.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
        if (partnerIdOrNull != null) {
            em.remove(em.find(Partner.class, partnerIdOrNull));
        }
    }

    /**
     * Unsent archive messages about one record of its own to the recipient, numbered 1 … count as a record's changes
     * are (its stream), committed when this returns. Answers the record's id.
     */
    public long unsentArchiveStream(long recipientPartnerId, String aggregateType, int count) {
        long aggregate = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        for (int sequence = 1; sequence <= count; sequence++) {
            em.persist(new no.samhandling.archive.entity.OutboxMessage(ahus().getId(), recipientPartnerId,
                    "test.relay", aggregateType, aggregate, sequence, "<test/>", Instant.now()));
        }
        return aggregate;
    }

    /** The outbox ids of a record's messages. */
    public List<Long> outboxIds(String aggregateType, long aggregateId) {
        return em.createQuery("SELECT o.id FROM OutboxMessage o WHERE o.aggregateType = :t AND o.aggregateId = :a",
                Long.class).setParameter("t", aggregateType).setParameter("a", aggregateId).getResultList();
    }
}
