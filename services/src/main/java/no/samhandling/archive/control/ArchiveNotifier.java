package no.samhandling.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.partner.entity.Partner;

import java.time.Clock;
import java.time.Instant;

/**
 * The one entrance for every change an archive system must hear of. It only writes outbox rows, in the caller's
 * transaction (MANDATORY): a change that rolls back leaves no row, a change that commits leaves exactly one row per
 * concerned archive. {@link OutboxRelay} delivers them after commit.
 */
@Stateless
@PermitAll // called by the boundaries, which check the roles
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ArchiveNotifier {

    public static final String SCHEMA_VERSION = "1";

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    /** A partner connected (or re-addressed) its archive system: the archive receives a greeting it can file. */
    public void archiveConnected(long communityId, Partner partner) {
        Instant now = clock.instant();
        String payload = Json.createObjectBuilder()
                .add("type", "partner.archive-connected")
                .add("schemaVersion", SCHEMA_VERSION)
                .add("communityId", communityId)
                .add("partner", Json.createObjectBuilder()
                        .add("id", partner.getId())
                        .add("name", partner.getName())
                        .add("archiveSystem", String.valueOf(partner.getArchive().system()))
                        .add("archiveAccount", partner.getArchive().account()))
                .add("occurredAt", now.toString())
                .build().toString();
        record(communityId, partner.getId(), "partner.archive-connected", "Partner", partner.getId(), payload, now);
    }

    private void record(long communityId, long recipient, String type, String aggregateType, long aggregateId,
                        String payload, Instant now) {
        long sequence = em.createQuery("""
                        SELECT COALESCE(MAX(o.sequenceNumber), 0) FROM OutboxMessage o
                        WHERE o.aggregateType = :type AND o.aggregateId = :id AND o.recipientPartnerId = :recipient""",
                        Long.class)
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .setParameter("recipient", recipient)
                .getSingleResult() + 1;
        em.persist(new OutboxMessage(communityId, recipient, type, aggregateType, aggregateId, sequence, payload, now));
        written.fire(new OutboxWritten());
    }
}
