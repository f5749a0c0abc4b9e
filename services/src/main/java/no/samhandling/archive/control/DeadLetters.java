package no.samhandling.archive.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The archive messages an archive system kept failing on (after bounded redelivery): operations see them and send
 * them again. Removing one from the dead-letter queue joins the caller's transaction (JmsXA), so a re-send that
 * rolls back leaves the dead letter where it was.
 */
@Stateless
@PermitAll // called by the boundaries, which check the roles
public class DeadLetters {

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory transactional;

    @Resource(lookup = "java:/jms/queue/ArchiveNotificationsDLQ")
    Queue deadLetters;

    /** The message ids now in the dead-letter queue. */
    public Set<String> messageIds() {
        Set<String> ids = new HashSet<>();
        try (JMSContext jms = transactional.createContext();
             QueueBrowser browser = jms.createBrowser(deadLetters)) {
            for (Object message : Collections.list(browser.getEnumeration())) {
                ids.add(((Message) message).getStringProperty("messageId"));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the archive dead-letter queue", e);
        }
        return ids;
    }

    /** Takes the dead letters of one message off the queue, in the caller's transaction. */
    public int remove(String messageId) {
        int removed = 0;
        try (JMSContext jms = transactional.createContext();
             JMSConsumer consumer = jms.createConsumer(deadLetters, "messageId = '" + messageId.replace("'", "''") + "'")) {
            while (consumer.receiveNoWait() != null) {
                removed++;
            }
        }
        return removed;
    }
}
