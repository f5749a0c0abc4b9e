package no.samhandling.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.partner.entity.Partner;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends committed outbox rows to the archive queue, oldest first, and marks them sent. The send uses the plain
 * (non-XA) connection factory and Artemis's duplicate-detection id {@code _AMQ_DUPL_ID} = the row's message id: if
 * the server dies after the send but before the mark commits, the row is sent again on restart and Artemis drops
 * the copy; consumers also keep the id. Runs every second, and at once after a transaction wrote a row.
 */
@Startup
@Singleton
@PermitAll // timer and after-commit relay: no caller identity
@DependsOn("DatabaseMigration")
@AccessTimeout(value = 1, unit = TimeUnit.MINUTES)
public class OutboxRelay {

    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    public static final String QUEUE_PREFIX = "java:/jms/queue/ArchiveNotifications.";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    /** The archive queue of each recipient, looked up once: java:/jms/queue/ArchiveNotifications.<archive code>. */
    private final Map<Long, Queue> queues = new HashMap<>();

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "archive outbox relay")
    @Lock(LockType.WRITE)
    public void relayPending() {
        List<OutboxMessage> pending = em.createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.sentAt IS NULL ORDER BY o.id", OutboxMessage.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (pending.isEmpty()) {
            return;
        }
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxMessage row : pending) {
                Queue queue = queueOf(row.getRecipientPartnerId());
                if (queue == null) {
                    LOG.warning(() -> "No archive queue for partner " + row.getRecipientPartnerId() + "; message "
                            + row.getMessageId() + " waits");
                    continue;
                }
                producer.send(queue, toMessage(jms, row));
                row.markSent(clock.instant());
            }
        } catch (JMSException | RuntimeException e) {
            // rows not marked stay pending and go with the next run; already sent ones are dropped as duplicates
            LOG.log(Level.WARNING, "Archive relay interrupted; pending rows are retried", e);
        }
    }

    private Queue queueOf(long partnerId) {
        return queues.computeIfAbsent(partnerId, id -> {
            Partner partner = em.find(Partner.class, id);
            if (partner == null || partner.getArchiveCode() == null) {
                return null;
            }
            try {
                return (Queue) new InitialContext().lookup(QUEUE_PREFIX + partner.getArchiveCode());
            } catch (NamingException e) {
                return null;
            }
        });
    }

    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        relayPending();
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
