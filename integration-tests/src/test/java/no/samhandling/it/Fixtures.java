package no.samhandling.it;

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

import java.time.LocalDate;
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
                        "SELECT a FROM FrameworkAgreement a WHERE a.community.code = 'ahus'", FrameworkAgreement.class)
                .getSingleResult();
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

    public Long invitedOrganisationId(String code) {
        return ((Number) em.createNativeQuery("SELECT id FROM invited_organisation WHERE code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
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

    /** Waits (at most 30 s) until the relay has sent every committed outbox row. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void awaitOutboxDrained() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.sentAt IS NULL") == 0);
    }

    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }
}
