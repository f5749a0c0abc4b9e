package no.samhandling.archive.control;

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
 * then marked sent. If the database commit fails after the JMS commit, the rows stay unsent and go again; Artemis
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

    /** What one batch did: the last row it looked at (the next batch starts after it), how many it read and sent. */
    public record Outcome(long lastId, int read, int sent) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome sendAfter(long afterId, int size) throws JMSException {
        List<OutboxMessage> pending = em.createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.sentAt IS NULL AND o.id > :after ORDER BY o.id",
                        OutboxMessage.class)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        if (pending.isEmpty()) {
            return new Outcome(afterId, 0, 0);
        }
        List<OutboxMessage> sendable = new ArrayList<>(pending.size());
        for (OutboxMessage row : pending) {
            if (queues.of(row.getRecipientPartnerId()) != null) {
                sendable.add(row);
            } else {
                LOG.warning(() -> "No archive queue for partner " + row.getRecipientPartnerId() + "; message "
                        + row.getMessageId() + " waits");
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
        sendable.forEach(row -> row.markSent(clock.instant()));
        return new Outcome(pending.get(pending.size() - 1).getId(), pending.size(), sendable.size());
    }

    private void send(List<OutboxMessage> rows, int mode) throws JMSException {
        try (JMSContext jms = connectionFactory.createContext(mode)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxMessage row : rows) {
                producer.send(queues.of(row.getRecipientPartnerId()), toMessage(jms, row));
            }
            if (mode == JMSContext.SESSION_TRANSACTED) {
                jms.commit();
            }
        }
    }

    private static TextMessage toMessage(JMSContext jms, OutboxMessage row) throws JMSException {
        TextMessage message = jms.createTextMessage(row.getPayload());
        message.setStringProperty(DUPLICATE_ID, row.duplicateDetectionId());
        message.setStringProperty("messageId", row.getMessageId());
        message.setStringProperty("type", row.getMessageType());
        message.setStringProperty("schemaVersion", ArchiveNotifier.SCHEMA_VERSION);
        message.setStringProperty("fiksMessageType", Arkivmelding.MESSAGE_TYPE);
        message.setLongProperty("communityId", row.getCommunityId());
        message.setLongProperty("recipientPartnerId", row.getRecipientPartnerId());
        message.setStringProperty("aggregateType", row.getAggregateType());
        message.setLongProperty("aggregateId", row.getAggregateId());
        message.setLongProperty("sequence", row.getSequenceNumber());
        return message;
    }
}
