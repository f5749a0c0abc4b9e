package no.samhandling.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.partner.entity.Partner;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The archive queue of each recipient, looked up once: java:/jms/queue/ArchiveNotifications.&lt;archive code&gt;. */
@ApplicationScoped
public class ArchiveQueues {

    public static final String PREFIX = "java:/jms/queue/ArchiveNotifications.";

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    private final Map<Long, Queue> queues = new ConcurrentHashMap<>();

    /**
     * The recipient's queue, or null when it has no archive code or no queue was configured for it (asked again next
     * time: a party's archive may be connected later).
     */
    public Queue of(long partnerId) {
        Queue known = queues.get(partnerId);
        if (known != null) {
            return known;
        }
        Queue found = lookUp(partnerId);
        if (found != null) {
            queues.put(partnerId, found);
        }
        return found;
    }

    private Queue lookUp(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || partner.getArchiveCode() == null) {
            return null;
        }
        try {
            return (Queue) new InitialContext().lookup(PREFIX + partner.getArchiveCode());
        } catch (NamingException e) {
            return null;
        }
    }
}
