package no.samhandling.archive.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.archive.entity.RetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One batch of the {@link OutboxRelay}, in a transaction of its own: the oldest unsent rows after a given id are sent
 * to their archives' queues in one transacted JMS session (one journal write for the batch, not one per message),
 * then marked sent in one statement. If the database commit fails after the JMS commit, the rows stay unsent and go again; Artemis
 * knows the copies by their duplicate-detection id. It refuses a whole transaction that holds one, so such a batch
 * (the one after a crash) goes again message by message, where only the copy is dropped. A row that cannot be sent —
 * its recipient has no queue, or the broker refuses it — fails alone: it is tried again after a back-off and parked
 * after its last attempt ({@link RetryPolicy}), and the rows behind it go on.
 */
@Stateless
@PermitAll // the relay has no caller identity
public class OutboxBatch {

    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /**
     * How often and how far apart a row that cannot be sent is tried before it is parked: the defaults of
     * {@link RetryPolicy#DEFAULT}, or -Dsamhandling.archive.retry-attempts, -Dsamhandling.archive.retry-first-seconds,
     * -Dsamhandling.archive.retry-longest-seconds.
     */
    static final RetryPolicy RETRIES = new RetryPolicy(
            Integer.getInteger("samhandling.archive.retry-attempts", RetryPolicy.DEFAULT.attempts()),
            Duration.ofSeconds(Long.getLong("samhandling.archive.retry-first-seconds",
                    RetryPolicy.DEFAULT.firstDelay().toSeconds())),
            Duration.ofSeconds(Long.getLong("samhandling.archive.retry-longest-seconds",
                    RetryPolicy.DEFAULT.longestDelay().toSeconds())));
    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    ArchiveQueues queues;

    @Inject
    Clock clock;

    private JMSContext connection;

    /** This server's broker takes no connection now: the relay waits and tries again, no row is touched. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super("the broker takes no connection: " + cause.getMessage(), cause);
        }
    }

    /** What one batch did: the last row it looked at (the next batch starts after it), how many it read and sent. */
    public record Outcome(long lastId, int read, int sent) {
    }

    /**
     * Sends the next batch after {@code afterId}. The broker is reached first: while this server's broker cannot be
     * reached (stopping, or the waiting backup of a cluster's pair), no row is claimed and none counts a failure.
     *
     * @throws BrokerUnavailable when this server's broker does not take connections now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome sendAfter(long afterId, int size) throws JMSException {
        try {
            connection();
        } catch (JMSRuntimeException e) {
            throw new BrokerUnavailable(e);
        }
        Instant now = clock.instant();
        List<PendingMessage> claimed = claim(afterId, size, now);
        if (claimed.isEmpty()) {
            return new Outcome(afterId, 0, 0);
        }
        List<PendingMessage> pending = StreamOrder.sendable(claimed, waitingElsewhere(claimed));
        Map<Long, String> failed = new LinkedHashMap<>();
        List<PendingMessage> sendable = new ArrayList<>(pending.size());
        for (PendingMessage row : pending) {
            if (queues.of(row.recipientPartnerId()) != null) {
                sendable.add(row);
            } else {
                failed.put(row.id(), "No archive queue is configured for recipient " + row.recipientPartnerId());
            }
        }
        List<PendingMessage> sent = sendable;
        try {
            sendTransacted(sendable);
        } catch (JMSRuntimeException | JMSException e) {
            // Artemis refuses a whole transaction that holds a duplicate (a row sent before a crash, not yet marked),
            // or one message it cannot take (its address full, say): one by one, the copy alone is dropped, the
            // message refused fails alone, and the rest go
            LOG.info(() -> "Archive batch of " + sendable.size() + " refused as a whole (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); sent one by one");
            sent = sendOneByOne(sendable, failed);
        }
        if (!sent.isEmpty()) { // one statement, not one update per row
            em.createQuery("UPDATE OutboxMessage o SET o.sentAt = :now, o.version = o.version + 1 WHERE o.id IN :ids")
                    .setParameter("now", now)
                    .setParameter("ids", sent.stream().map(PendingMessage::id).toList())
                    .executeUpdate();
        }
        failed.forEach((id, reason) -> failedToSend(id, reason, now));
        return new Outcome(claimed.get(claimed.size() - 1).id(), claimed.size(), sent.size());
    }

    /**
     * The oldest unsent rows after {@code afterId} that are due, locked for this transaction; rows another relay has
     * locked (another node's batch) are skipped, not waited for, so two nodes never send one row and never wait on
     * each other. Values, not entities: nothing to manage or check on flush.
     */
    private List<PendingMessage> claim(long afterId, int size, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, message_id, attempt, community_id, recipient_partner_id, message_type,
                               aggregate_type, aggregate_id, sequence_number, payload
                        FROM archive_outbox
                        WHERE sent_at IS NULL AND parked_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
                          AND id > ?2
                        ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(Math.max(1, size)))
                .setParameter(1, now)
                .setParameter(2, afterId)
                .getResultList();
        return rows.stream().map(r -> new PendingMessage(number(r[0]), (String) r[1], (int) number(r[2]), number(r[3]),
                number(r[4]), (String) r[5], (String) r[6], number(r[7]), number(r[8]), (String) r[9])).toList();
    }

    /**
     * For the records and recipients of these rows: the earliest unsent sequence number not in them (claimed by
     * another relay, or waiting for its next try). A row behind it waits, so each archive gets a record's changes in
     * order; a parked row holds up nothing.
     */
    private Map<StreamOrder.Stream, Long> waitingElsewhere(List<PendingMessage> claimed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT aggregate_type, aggregate_id, recipient_partner_id, MIN(sequence_number)
                        FROM archive_outbox
                        WHERE sent_at IS NULL AND parked_at IS NULL AND aggregate_id IN (?1) AND id NOT IN (?2)
                        GROUP BY aggregate_type, aggregate_id, recipient_partner_id""")
                .setParameter(1, claimed.stream().map(PendingMessage::aggregateId).distinct().toList())
                .setParameter(2, claimed.stream().map(PendingMessage::id).toList())
                .getResultList();
        Map<StreamOrder.Stream, Long> earliest = new java.util.HashMap<>();
        for (Object[] r : rows) {
            earliest.put(new StreamOrder.Stream((String) r[0], number(r[1]), number(r[2])), number(r[3]));
        }
        return earliest;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A row that could not be sent waits for its next try, or is parked after its last (and operations told so). */
    private void failedToSend(long id, String reason, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        message.sendFailed(now, reason, RETRIES);
        if (message.isParked()) {
            LOG.severe(() -> "Archive message " + message.getMessageId() + " to recipient "
                    + message.getRecipientPartnerId() + " parked after " + message.getFailures()
                    + " failed tries (" + reason + "); operations can send it again from the archive messages page");
        } else {
            LOG.warning(() -> "Archive message " + message.getMessageId() + " to recipient "
                    + message.getRecipientPartnerId() + " not sent (" + reason + "); try " + (message.getFailures() + 1)
                    + " at " + message.getNextAttemptAt());
        }
    }

    private void sendTransacted(List<PendingMessage> rows) throws JMSException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            sendAll(connection(), rows);
            connection().commit();
        } catch (JMSRuntimeException | JMSException e) {
            closeConnection(); // its transaction is gone; the next batch opens another
            throw e;
        }
    }

    /**
     * Each row on its own: what the broker refuses is recorded as that row's failure and the others go. A broker that
     * cannot be reached at all fails the whole batch instead, which then counts against no row.
     */
    private List<PendingMessage> sendOneByOne(List<PendingMessage> rows, Map<Long, String> failed) {
        List<PendingMessage> sent = new ArrayList<>(rows.size());
        try (JMSContext jms = open(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (PendingMessage row : rows) {
                try {
                    producer.send(queues.of(row.recipientPartnerId()), toMessage(jms, row));
                    sent.add(row);
                } catch (JMSRuntimeException | JMSException e) {
                    failed.put(row.id(), "The broker refused the message: " + e.getMessage());
                }
            }
        }
        return sent;
    }

    private void sendAll(JMSContext jms, List<PendingMessage> rows) throws JMSException {
        JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        for (PendingMessage row : rows) {
            producer.send(queues.of(row.recipientPartnerId()), toMessage(jms, row));
        }
    }

    /**
     * This instance's transacted connection to the broker, kept from batch to batch: opening one per batch cost more
     * than sending its 500 messages. A pooled instance serves one call at a time, so it is never shared.
     */
    private JMSContext connection() {
        if (connection == null) {
            connection = open(JMSContext.SESSION_TRANSACTED);
        }
        return connection;
    }

    /**
     * A context to the broker: in-VM on a single server; on a cluster node, over the network to the live broker of the
     * pair, signed in as the nodes' broker account (-Dsamhandling.broker.user, and its password in
     * SAMHANDLING_BROKER_PASSWORD; run-cluster.sh sets both).
     */
    private JMSContext open(int mode) {
        String user = System.getProperty("samhandling.broker.user");
        if (user == null || user.isBlank()) {
            return connectionFactory.createContext(mode);
        }
        return connectionFactory.createContext(user, System.getenv("SAMHANDLING_BROKER_PASSWORD"), mode);
    }

    @PreDestroy
    void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSRuntimeException e) {
                LOG.fine(() -> "Closing the relay's broker connection: " + e.getMessage());
            }
            connection = null;
        }
    }

    private static TextMessage toMessage(JMSContext jms, PendingMessage row) throws JMSException {
        TextMessage message = jms.createTextMessage(row.payload());
        message.setStringProperty(DUPLICATE_ID, OutboxMessage.duplicateDetectionId(row.messageId(), row.attempt()));
        message.setStringProperty("messageId", row.messageId());
        message.setStringProperty("type", row.messageType());
        message.setStringProperty("schemaVersion", ArchiveNotifier.SCHEMA_VERSION);
        message.setStringProperty("fiksMessageType", Arkivmelding.MESSAGE_TYPE);
        message.setLongProperty("communityId", row.communityId());
        message.setLongProperty("recipientPartnerId", row.recipientPartnerId());
        message.setStringProperty("aggregateType", row.aggregateType());
        message.setLongProperty("aggregateId", row.aggregateId());
        message.setLongProperty("sequence", row.sequenceNumber());
        return message;
    }
}
