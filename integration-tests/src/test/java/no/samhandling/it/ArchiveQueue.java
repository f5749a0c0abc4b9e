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

import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.util.ArrayList;
import java.util.List;

/**
 * A real consumer of the archive queues, as a partner's archive system would be: it reads one party's own queue
 * and acknowledges what it took.
 */
@ApplicationScoped
public class ArchiveQueue {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

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

    @Resource(lookup = "java:/jms/queue/ArchiveNotificationsDLQ")
    Queue deadLetters;

    /**
     * An archive system that fails on every message: takes it in a transacted session and rolls back, as often as
     * the broker redelivers it within {@code withinMillis}. Returns how many deliveries it saw.
     */
    public int failRepeatedly(long recipientPartnerId, long withinMillis) {
        int deliveries = 0;
        long end = System.currentTimeMillis() + withinMillis;
        try (JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
             JMSConsumer consumer = jms.createConsumer(queueOf(recipientPartnerId))) {
            while (System.currentTimeMillis() < end) {
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
     * is received. Returns the latencies in milliseconds, one per change that arrived.
     */
    public List<Double> latencies(long recipientPartnerId, int changes, java.util.concurrent.Callable<?> change)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(queueOf(recipientPartnerId))) {
            for (int i = 0; i < changes; i++) {
                change.call();
                long committed = System.nanoTime();
                if (consumer.receive(10_000) != null) {
                    millis.add((System.nanoTime() - committed) / 1e6);
                }
            }
        }
        return millis;
    }

    /** What sits in the dead-letter queue for the partner (taken off it). */
    public List<Message> drainDeadLetters(long recipientPartnerId, long waitMillis) throws JMSException {
        return drain(deadLetters, recipientPartnerId, waitMillis);
    }

    /** Everything addressed to the partner that arrives within {@code waitMillis} after the last message. */
    public List<Message> drain(long recipientPartnerId, long waitMillis) throws JMSException {
        return drain(queueOf(recipientPartnerId), recipientPartnerId, waitMillis);
    }

    private List<Message> drain(Queue from, long recipientPartnerId, long waitMillis) throws JMSException {
        List<Message> received = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(from, "recipientPartnerId = " + recipientPartnerId)) {
            Message message;
            while ((message = consumer.receive(waitMillis)) != null) {
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
