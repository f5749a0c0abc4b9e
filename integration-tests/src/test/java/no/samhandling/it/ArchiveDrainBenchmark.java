package no.samhandling.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import no.samhandling.archive.control.ArchiveQueues;
import no.samhandling.archive.control.OutboxBatch;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.partner.entity.Partner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark of the archive relay (issue 18), on demand, never in the test run (the name does not end in IT):
 * {@code bench/archive-drain.sh}. With every archive offline, {@code DRAIN_MESSAGES} (100,000) outbox rows over
 * every party that has a queue become unsent in one commit; the relay's drain rate is measured, then the heap after a
 * full collection with all of them waiting in the broker (paged to disk), then a raw Artemis durable send of the same
 * messages in the same batches, for comparison. Then one archive connects and must get all of its messages in order.
 * The figures go to the log and to {@code target/archive-drain.txt}; the benchmark asserts only what must hold.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveDrainBenchmark {

    private static final Logger LOG = Logger.getLogger(ArchiveDrainBenchmark.class.getName());
    private static final int MESSAGES = Integer.parseInt(System.getenv().getOrDefault("DRAIN_MESSAGES", "100000"));
    private static final int CHUNK = 2_000;
    private static final int RAW_BATCH = 500;
    private static final String TYPE = "Benchmark";
    private static final int PAYLOAD = 1_500;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    ArchiveQueues queues;

    @Inject
    Fixtures fixtures;

    @Test
    void the_relay_drains_a_backlog_to_offline_archives_at_the_brokers_pace_with_the_heap_flat() throws Exception {
        List<Long> recipients = em.createQuery("SELECT p.id FROM Partner p WHERE p.archiveCode IS NOT NULL ORDER BY p.id",
                Long.class).getResultStream().filter(id -> queues.of(id) != null).toList();
        long community = fixtures.ahus().getId();
        String payload = em.createQuery("SELECT o.payload FROM OutboxMessage o ORDER BY o.id DESC", String.class)
                .setMaxResults(1).getResultStream().findFirst().orElse("<arkivmelding/>");
        if (payload.length() < PAYLOAD) { // a fresh database's last message may be short; a decision's is about 1.5 kB
            payload = payload + "<!--" + "x".repeat(PAYLOAD - payload.length()) + "-->";
        }
        long aggregate = System.currentTimeMillis();
        long heapBefore = heapAfterCollection();

        long written = System.nanoTime();
        for (int from = 0; from < MESSAGES; from += CHUNK) {
            tx.begin();
            for (int i = from; i < Math.min(MESSAGES, from + CHUNK); i++) {
                OutboxMessage row = new OutboxMessage(community, recipients.get(i % recipients.size()), "benchmark",
                        TYPE, aggregate, i, payload, Instant.now());
                row.markSent(Instant.now()); // written as sent: the relay must not start before the clock does
                em.persist(row);
            }
            tx.commit();
            em.clear();
        }
        double writeSeconds = (System.nanoTime() - written) / 1e9;

        tx.begin();
        em.createQuery("UPDATE OutboxMessage o SET o.sentAt = NULL WHERE o.aggregateType = :t AND o.aggregateId = :a")
                .setParameter("t", TYPE).setParameter("a", aggregate).executeUpdate();
        tx.commit();
        long start = System.nanoTime();
        while (unsent(aggregate) > 0) {
            Thread.sleep(100);
        }
        double relaySeconds = (System.nanoTime() - start) / 1e9;
        long heapWithBacklog = heapAfterCollection();
        long paging = pagingAddresses();
        LOG.info("archive drain benchmark: backlog in the broker, heap " + (heapWithBacklog >> 20) + " MB");
        Thread.sleep(Long.parseLong(System.getenv().getOrDefault("DRAIN_HOLD_SECONDS", "0")) * 1000); // for a heap histogram

        long rawStart = System.nanoTime();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                TextMessage message = jms.createTextMessage(payload);
                message.setStringProperty(OutboxBatch.DUPLICATE_ID, UUID.randomUUID().toString());
                message.setStringProperty("aggregateType", TYPE + "Raw");
                message.setLongProperty("aggregateId", aggregate);
                message.setLongProperty("sequence", i);
                producer.send(queues.of(recipients.get(i % recipients.size())), message);
                if (i % RAW_BATCH == RAW_BATCH - 1) {
                    jms.commit();
                }
            }
            jms.commit();
        }
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        long heapWithBoth = heapAfterCollection();

        Queue first = queues.of(recipients.get(0));
        int expected = (MESSAGES + recipients.size() - 1) / recipients.size();
        List<Long> received = new ArrayList<>();
        long consumeStart = System.nanoTime();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = jms.createConsumer(first)) { // as an archive reads its queue: all of it, in order
            Message message;
            while (received.size() < expected && (message = consumer.receive(10_000)) != null) {
                if (TYPE.equals(message.getStringProperty("aggregateType"))
                        && message.getLongProperty("aggregateId") == aggregate) {
                    received.add(message.getLongProperty("sequence"));
                }
            }
        }
        double consumeSeconds = (System.nanoTime() - consumeStart) / 1e9;
        long removed = removeBenchmarkMessages();
        tx.begin();
        em.createQuery("DELETE FROM OutboxMessage o WHERE o.aggregateType = :t AND o.aggregateId = :a")
                .setParameter("t", TYPE).setParameter("a", aggregate).executeUpdate();
        tx.commit();

        String result = String.format(
                "messages %d over %d queues, payload %d chars; rows written in %.1f s; relay drained in %.1f s = %.0f msg/s;"
                        + " raw Artemis transacted send (batches of %d) %.1f s = %.0f msg/s; relay/raw %.2f;"
                        + " heap after GC: before %d MB, with the relay's backlog %d MB, with both %d MB;"
                        + " paging addresses %d; one archive connected: %d messages in %.1f s, in order; removed %d%n",
                MESSAGES, recipients.size(), payload.length(), writeSeconds, relaySeconds, MESSAGES / relaySeconds,
                RAW_BATCH, rawSeconds, MESSAGES / rawSeconds, rawSeconds / relaySeconds,
                heapBefore >> 20, heapWithBacklog >> 20, heapWithBoth >> 20, paging, received.size(), consumeSeconds,
                removed);
        LOG.info(result);
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), "archive-drain.txt"), result,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        assertThat(received).as("the archive that connects gets all of its messages, in order")
                .hasSize(expected).isSorted().doesNotHaveDuplicates();
    }

    private long unsent(long aggregate) {
        return em.createQuery("SELECT COUNT(o) FROM OutboxMessage o WHERE o.sentAt IS NULL AND o.aggregateType = :t"
                        + " AND o.aggregateId = :a", Long.class)
                .setParameter("t", TYPE).setParameter("a", aggregate).getSingleResult();
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long pagingAddresses() throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        long paging = 0;
        for (ObjectName address : mbeans.queryNames(new ObjectName("org.apache.activemq.artemis:component=addresses,*"), null)) {
            if (!address.getKeyPropertyList().containsKey("subcomponent")
                    && Boolean.TRUE.equals(mbeans.getAttribute(address, "Paging"))) {
                paging++;
            }
        }
        return paging;
    }

    /** The benchmark leaves the broker as it found it: its messages are removed from every archive queue. */
    private static long removeBenchmarkMessages() throws Exception {
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        long removed = 0;
        for (ObjectName queue : mbeans.queryNames(new ObjectName(
                "org.apache.activemq.artemis:component=addresses,subcomponent=queues,*"), null)) {
            if (queue.getKeyProperty("queue").contains("ArchiveNotifications")) {
                removed += ((Number) mbeans.invoke(queue, "removeMessages",
                        new Object[]{"aggregateType LIKE '" + TYPE + "%'"}, new String[]{String.class.getName()}))
                        .longValue();
            }
        }
        return removed;
    }
}
