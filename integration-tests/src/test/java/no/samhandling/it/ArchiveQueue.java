package no.samhandling.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.partner.entity.Partner;
import org.awaitility.Awaitility;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * A real consumer of the archive queues, as a partner's archive system would be: it reads one party's own queue and
 * acknowledges what it took. It only ever takes the messages about the record a test made (a selector on recipient,
 * aggregate type and id), so that what other tests left on a queue, or sent late, never counts; and it waits on
 * conditions (the relay has sent every outbox row for the record), never for silence.
 */
@ApplicationScoped
public class ArchiveQueue {

    /** The longest any wait for the relay or the broker may take, generous for a busy machine. */
    static final Duration CEILING = Duration.ofSeconds(60);

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/ArchiveNotificationsDLQ")
    Queue deadLetters;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    /** The partner's own archive queue, ArchiveNotifications.<archive code>. */
    Queue queueOf(long partnerId) {
        String code = em.find(Partner.class, partnerId).getArchiveCode();
        try {
            return (Queue) new InitialContext().lookup("java:/jms/queue/ArchiveNotifications." + code);
        } catch (NamingException e) {
            throw new IllegalStateException("no archive queue for " + code, e);
        }
    }

    /** The messages about one record addressed to one party: a JMS selector on the properties the relay sets. */
    public static String about(long recipientPartnerId, String aggregateType, long aggregateId) {
        return "recipientPartnerId = " + recipientPartnerId + " AND aggregateType = '" + aggregateType
                + "' AND aggregateId = " + aggregateId;
    }

    /**
     * Everything on the party's queue about the record: waits until the relay has sent every outbox row for it to
     * that party (the send is synchronous, so a row marked sent is a message on the queue), then takes exactly what is
     * there. An empty answer means nothing was, or ever will be, sent for it.
     */
    public List<Message> receive(long recipientPartnerId, String aggregateType, long aggregateId) throws JMSException {
        Set<String> written = awaitSent(recipientPartnerId, aggregateType, aggregateId);
        // the broker's journal may outlive the database (a schema made afresh reuses ids): only this database's rows
        return takeAll(queueOf(recipientPartnerId), about(recipientPartnerId, aggregateType, aggregateId)).stream()
                .filter(m -> written.contains(property(m, "messageId")))
                .toList();
    }

    /** What sits in the dead-letter queue for the party about the record (taken off it). */
    public List<Message> deadLetters(long recipientPartnerId, String aggregateType, long aggregateId)
            throws JMSException {
        return takeAll(deadLetters, about(recipientPartnerId, aggregateType, aggregateId));
    }

    /** Waits until no outbox row for the record to the party is unsent; answers the rows' message ids. */
    public Set<String> awaitSent(long recipientPartnerId, String aggregateType, long aggregateId) {
        return Awaitility.await("the relay sends every row of " + aggregateType + " " + aggregateId + " to " + recipientPartnerId)
                .atMost(CEILING).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> em.createQuery("""
                                SELECT o.messageId, o.sentAt FROM OutboxMessage o
                                WHERE o.recipientPartnerId = ?1 AND o.aggregateType = ?2 AND o.aggregateId = ?3""", Object[].class)
                        .setParameter(1, recipientPartnerId).setParameter(2, aggregateType).setParameter(3, aggregateId)
                        .getResultList(), rows -> rows.stream().allMatch(row -> row[1] != null))
                .stream().map(row -> (String) row[0]).collect(Collectors.toSet());
    }

    /**
     * An archive system that fails on every message about the record: takes it in a transacted session and rolls
     * back, as often as the broker redelivers it, until the broker has moved it to the dead letters (or the ceiling
     * is reached). Returns how many deliveries it saw.
     */
    public int failUntilDeadLettered(long recipientPartnerId, String aggregateType, long aggregateId)
            throws JMSException {
        awaitSent(recipientPartnerId, aggregateType, aggregateId);
        String selector = about(recipientPartnerId, aggregateType, aggregateId);
        int deliveries = 0;
        long end = System.nanoTime() + CEILING.toNanos();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
             JMSConsumer consumer = jms.createConsumer(queueOf(recipientPartnerId), selector)) {
            while (System.nanoTime() < end && !present(deadLetters, selector)) {
                if (consumer.receive(500) != null) {
                    deliveries++;
                    jms.rollback();
                }
            }
        }
        return deliveries;
    }

    /**
     * Latency from commit to the queue: runs each change (which commits when it returns) and times until its message
     * about the record is received. Returns the latencies in milliseconds, one per change that arrived.
     */
    public List<Double> latencies(long recipientPartnerId, String aggregateType, long aggregateId, int changes,
                                  Callable<?> change) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(queueOf(recipientPartnerId),
                     about(recipientPartnerId, aggregateType, aggregateId))) {
            for (int i = 0; i < changes; i++) {
                change.call();
                long committed = System.nanoTime();
                if (consumer.receive(CEILING.toMillis()) != null) {
                    millis.add((System.nanoTime() - committed) / 1e6);
                }
            }
        }
        return millis;
    }

    private boolean present(Queue queue, String selector) {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            return jms.createBrowser(queue, selector).getEnumeration().hasMoreElements();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes off the party's queue every message about the records of a type with ids in a range, once the relay has
     * sent them all: a test that writes hundreds of changes leaves no backlog on a queue that later tests read with
     * selectors. Answers how many were taken.
     */
    public int drain(long recipientPartnerId, String aggregateType, long fromId, long toId) {
        Awaitility.await("the relay sends every row of " + aggregateType + " " + fromId + "–" + toId)
                .atMost(CEILING).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> em.createQuery("""
                                SELECT COUNT(o) FROM OutboxMessage o WHERE o.recipientPartnerId = ?1
                                AND o.aggregateType = ?2 AND o.aggregateId BETWEEN ?3 AND ?4 AND o.sentAt IS NULL""", Long.class)
                        .setParameter(1, recipientPartnerId).setParameter(2, aggregateType).setParameter(3, fromId)
                        .setParameter(4, toId).getSingleResult(), unsent -> unsent == 0);
        int taken = 0;
        String selector = "recipientPartnerId = " + recipientPartnerId + " AND aggregateType = '" + aggregateType
                + "' AND aggregateId BETWEEN " + fromId + " AND " + toId;
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(queueOf(recipientPartnerId), selector)) {
            while (consumer.receive(2000) != null) {
                taken++;
            }
        }
        return taken;
    }

    /** Takes every message on the party's queue that the selector matches (what a test put there itself). */
    public List<Message> take(long recipientPartnerId, String selector) {
        return takeAll(queueOf(recipientPartnerId), selector);
    }

    /**
     * Takes every message the selector matches off the queue. Artemis answers receiveNoWait after asking the broker
     * (forced delivery), so {@code null} means the queue holds no such message now, not that none arrived in time.
     */
    private List<Message> takeAll(Queue from, String selector) {
        List<Message> received = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(from, selector)) {
            Message message;
            while ((message = consumer.receiveNoWait()) != null) {
                received.add(message);
            }
        }
        return received;
    }

    /** A string property of a received message (type, aggregateType, messageId …). */
    public static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the record a received message is about. */
    public static long aggregateId(Message message) {
        try {
            return message.getLongProperty("aggregateId");
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arkivmelding a received message carries. */
    public static String body(Message message) {
        try {
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
