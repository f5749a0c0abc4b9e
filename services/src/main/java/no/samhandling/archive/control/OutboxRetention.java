package no.samhandling.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the hot outbox small (issue 18): sent messages created before the retention period move, with their receipts
 * and their ids, to {@code archive_outbox_archived} and {@code archive_receipt_archived}, a batch per transaction.
 * Unsent messages never move. The catch-up feed and the next sequence number read both tables; a receipt or an
 * operations' re-send for a moved message is no longer taken (after a year, say; README "Archive notifications").
 */
@Stateless
@PermitAll
public class OutboxRetention {

    /** {@code samhandling.archive.retention-days} or {@code SAMHANDLING_ARCHIVE_RETENTION_DAYS}; 365 by default. */
    public static Duration period() {
        String days = Optional.ofNullable(System.getProperty("samhandling.archive.retention-days"))
                .orElse(System.getenv("SAMHANDLING_ARCHIVE_RETENTION_DAYS"));
        try {
            return Duration.ofDays(days == null || days.isBlank() ? 365 : Math.max(1, Long.parseLong(days.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("samhandling.archive.retention-days must be a number of days: " + days, e);
        }
    }

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    /**
     * Moves up to {@code limit} sent messages created before {@code cutoff}, oldest first, in a transaction of its
     * own; the rows are locked first, so a receipt arriving meanwhile waits and then finds the message moved.
     *
     * @return how many moved; fewer than {@code limit} means none is left
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int moveBatch(Instant cutoff, int limit, Instant now) {
        List<Long> ids = em.createQuery("""
                        SELECT o.id FROM OutboxMessage o WHERE o.sentAt IS NOT NULL AND o.createdAt < :cutoff
                        ORDER BY o.id""", Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("SELECT o FROM OutboxMessage o WHERE o.id IN :ids", Object.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        em.createNativeQuery("""
                        INSERT INTO archive_outbox_archived (id, message_id, community_id, recipient_partner_id,
                            message_type, aggregate_type, aggregate_id, sequence_number, payload, created_at, sent_at,
                            attempt, receipt_at, archived_at)
                        SELECT id, message_id, community_id, recipient_partner_id, message_type, aggregate_type,
                            aggregate_id, sequence_number, payload, created_at, sent_at, attempt, receipt_at, ?1
                        FROM archive_outbox WHERE id IN (?2) AND sent_at IS NOT NULL""")
                .setParameter(1, now).setParameter(2, ids).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO archive_receipt_archived (id, outbox_message_id, partner_id, outcome,
                            archive_reference, detail, received_at)
                        SELECT id, outbox_message_id, partner_id, outcome, archive_reference, detail, received_at
                        FROM archive_receipt WHERE outbox_message_id IN (?1)""")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("DELETE FROM archive_receipt WHERE outbox_message_id IN (?1)")
                .setParameter(1, ids).executeUpdate();
        int moved = em.createNativeQuery("DELETE FROM archive_outbox WHERE id IN (?1) AND sent_at IS NOT NULL")
                .setParameter(1, ids).executeUpdate();
        em.clear();
        return moved;
    }
}
