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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * One batch of the {@link OutboxRelay}, in a transaction of its own: the oldest unsent rows after a given id are sent
 * to their archives' queues in one transacted JMS session (one journal write for the batch, not one per message),
 * then marked sent in one statement. If the database commit fails after the JMS commit, the rows stay unsent and go again; Artemis
 * knows the copies by their duplicate-detection id. It refuses a whole transaction that holds one, so such a batch
 * (the one after a crash) goes again message by message, where only the copy is dropped.
 */
@Stateless
@PermitAll // the relay has no caller identity
public class OutboxBatch {

    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
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

    /** What one batch did: the last row it looked at (the next batch starts after it), how many it read and sent. */
    public record Outcome(long lastId, int read, int sent) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome sendAfter(long afterId, int size) throws JMSException {
        List<PendingMessage> pending = em.createQuery( // values, not entities: nothing to manage or check on flush
                        "SELECT new no.samhandling.archive.control.PendingMessage(o.id, o.messageId, o.attempt,"
                                + " o.communityId, o.recipientPartnerId, o.messageType, o.aggregateType, o.aggregateId,"
                                + " o.sequenceNumber, o.payload)"
                                + " FROM OutboxMessage o WHERE o.sentAt IS NULL AND o.id > :after ORDER BY o.id",
                        PendingMessage.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        if (pending.isEmpty()) {
            return new Outcome(afterId, 0, 0);
        }
        List<PendingMessage> sendable = new ArrayList<>(pending.size());
        for (PendingMessage row : pending) {
            if (queues.of(row.recipientPartnerId()) != null) {
                sendable.add(row);
            } else {
                LOG.warning(() -> "No archive queue for partner " + row.recipientPartnerId() + "; message "
                        + row.messageId() + " waits");
            }
        }
        try {
            send(sendable, JMSContext.SESSION_TRANSACTED);
        } catch (JMSRuntimeException | JMSException e) {
            // Artemis refuses a whole transaction that holds a duplicate (a row sent before a crash, not yet marked);
            // one by one, the copy alone is dropped and the rest go
            LOG.info(() -> "Archive batch of " + sendable.size() + " refused as a whole (" + e.getClass().getSimpleName()
                    + ", a copy of a message sent before a restart?); sent one by one");
            send(sendable, JMSContext.AUTO_ACKNOWLEDGE);
        }
        if (!sendable.isEmpty()) { // one statement, not one update per row
            em.createQuery("UPDATE OutboxMessage o SET o.sentAt = :now WHERE o.id IN :ids")
                    .setParameter("now", clock.instant())
                    .setParameter("ids", sendable.stream().map(PendingMessage::id).toList())
                    .executeUpdate();
        }
        return new Outcome(pending.get(pending.size() - 1).id(), pending.size(), sendable.size());
    }

    private void send(List<PendingMessage> rows, int mode) throws JMSException {
        if (mode == JMSContext.SESSION_TRANSACTED) {
            try {
                sendAll(connection(), rows);
                connection().commit();
            } catch (JMSRuntimeException | JMSException e) {
                closeConnection(); // its transaction is gone; the next batch opens another
                throw e;
            }
        } else {
            try (JMSContext jms = connectionFactory.createContext(mode)) {
                sendAll(jms, rows);
            }
        }
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
            connection = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
        }
        return connection;
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
