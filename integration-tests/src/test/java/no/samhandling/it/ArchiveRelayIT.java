package no.samhandling.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import no.samhandling.archive.boundary.ArchiveChange;
import no.samhandling.archive.boundary.ArchiveChangeQuery;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.platform.control.Resources;
import no.samhandling.user.entity.Role;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive relay never stops for everyone because of one row (issue 20): a row it cannot send — its recipient has
 * no queue, or the broker refuses it — fails alone, is tried again with back-off, and is parked after its attempts,
 * where operations see it and send it again; every other row flows meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveRelayIT {

    /** The relay's default policy: twelve tries (RetryPolicy.DEFAULT). */
    private static final int ATTEMPTS = 12;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ArchiveQueue archiveQueue;

    @Inject
    ArchiveService archive;

    @Inject
    no.samhandling.archive.control.OutboxBatch batch;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    private final List<Long> written = new ArrayList<>();
    private Long partnerWithoutQueue;

    @AfterEach
    void cleanUp() {
        Resources.release();
        fixtures.deleteArchiveMessages(written, partnerWithoutQueue);
    }

    @Test
    void rows_for_a_recipient_without_a_queue_hold_up_no_one_behind_them() throws Exception {
        partnerWithoutQueue = fixtures.partnerWithoutArchiveQueue();
        written.addAll(fixtures.unsentArchiveMessages(partnerWithoutQueue, 150));
        long lillestrom = fixtures.partnerId("3205");

        long started = System.nanoTime();
        long normal = fixtures.unsentArchiveMessages(lillestrom, 1).get(0);
        written.add(normal);
        List<Message> received = archiveQueue.receive(lillestrom, "RelayTest", fixtures.outboxRow(normal).getAggregateId());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(received).as("the row behind 150 that cannot go").hasSize(1);
        assertThat(millis).as("arrives within 2 s of its commit").isLessThan(2_000);
        OutboxMessage stuck = fixtures.outboxRow(written.get(0));
        assertThat(stuck.getSentAt()).isNull();
        assertThat(stuck.getFailures()).as("the rows without a queue were tried and wait for their next try")
                .isGreaterThanOrEqualTo(1);
        assertThat(stuck.getNextAttemptAt()).isAfter(stuck.getCreatedAt());
        assertThat(stuck.getLastFailure()).contains("No archive queue");
    }

    @Test
    void a_row_that_always_fails_is_tried_with_back_off_then_parked_and_sent_again_by_operations() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        partnerWithoutQueue = fixtures.partnerWithoutArchiveQueue();
        long id = fixtures.unsentArchiveMessages(partnerWithoutQueue, 1).get(0);
        written.add(id);

        Instant now = Instant.now();
        List<Duration> waits = new ArrayList<>();
        for (int failures = 1; failures <= ATTEMPTS; failures++) {
            OutboxMessage row = awaitFailures(id, failures);
            if (failures < ATTEMPTS) {
                assertThat(row.isParked()).as("still tried after " + failures).isFalse();
                waits.add(Duration.between(now, row.getNextAttemptAt()));
                now = row.getNextAttemptAt().plusSeconds(1);
                Resources.fixAt(now); // the server's clock passes the back-off, as the hours would
            }
        }
        OutboxMessage parked = fixtures.outboxRow(id);
        assertThat(parked.isParked()).as("parked after its attempts").isTrue();
        assertThat(parked.getNextAttemptAt()).isNull();
        assertThat(parked.getSentAt()).isNull();
        assertThat(waits.subList(1, waits.size())).as("each wait at least the one before (back-off)")
                .allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(waits.get(0)));
        assertThat(waits.get(waits.size() - 1)).as("the longest wait").isEqualTo(Duration.ofHours(1));

        Resources.fixAt(now.plus(Duration.ofHours(2)));
        Thread.sleep(2_500); // a parked row is not tried again, however long it waits
        assertThat(fixtures.outboxRow(id).getFailures()).isEqualTo(ATTEMPTS);

        List<ArchiveChange> listed = As.user(secretariat, () -> archive.changes(
                new ArchiveChangeQuery(ArchiveChangeQuery.State.PARKED, partnerWithoutQueue), 0, 10));
        assertThat(listed).as("operations see it").singleElement().satisfies(c -> {
            assertThat(c.parked()).isEqualTo(1);
            assertThat(c.waiting()).isZero();
            assertThat(c.messages()).singleElement().satisfies(m -> {
                assertThat(m.isParked()).isTrue();
                assertThat(m.failures()).isEqualTo(ATTEMPTS);
                assertThat(m.lastFailure()).contains("No archive queue");
            });
        });
        int again = As.user(secretariat, () -> archive.resendChange(listed.get(0).first()));
        assertThat(again).as("sent again").isEqualTo(1);
        OutboxMessage resent = fixtures.outboxRow(id);
        assertThat(resent.isParked()).isFalse();
        assertThat(resent.getAttempt()).isEqualTo(1);
        assertThat(resent.getVersion()).as("the row's version counts every change").isGreaterThan(parked.getVersion());
        assertThat(awaitFailures(id, 1).isParked()).as("its tries start over").isFalse();
    }

    @Test
    void a_message_the_broker_refuses_fails_alone_and_goes_once_the_broker_takes_it_again() throws Exception {
        long hurdal = fixtures.partnerId("3242");
        long lillestrom = fixtures.partnerId("3205");
        Queue full = archiveQueue.queueOf(hurdal);
        String queueName = full.getQueueName();
        String filler = "filler-" + Fixtures.unique();
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        String address = mbeans.queryNames(new ObjectName("org.apache.activemq.artemis:component=addresses,*"), null)
                .stream().filter(n -> !n.getKeyPropertyList().containsKey("subcomponent"))
                .map(n -> n.getKeyProperty("address").replace("\"", ""))
                .filter(a -> a.endsWith(queueName)).findFirst().orElseThrow(); // the broker's name of it
        ObjectName broker = mbeans.queryNames(new ObjectName("org.apache.activemq.artemis:broker=*"), null).stream()
                .filter(n -> n.getKeyPropertyList().size() == 1).findFirst().orElseThrow();
        String[] twoStrings = {String.class.getName(), String.class.getName()};
        long refused;
        try {
            // the archive's address is full and the broker refuses what comes to it (address-full-policy FAIL)
            mbeans.invoke(broker, "addAddressSettings", new Object[]{address,
                    "{\"maxSizeBytes\":4096,\"pageSizeBytes\":1024,\"addressFullMessagePolicy\":\"FAIL\"}"}, twoStrings);
            assertThat((String) mbeans.invoke(broker, "getAddressSettingsAsJSON", new Object[]{address},
                    new String[]{String.class.getName()})).as("the broker applies it").contains("FAIL");
            int fillers = 0;
            try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                for (; fillers < 1_000; fillers++) { // until the broker refuses: the address is full
                    jms.createProducer().setProperty("aggregateType", filler).send(full, "x".repeat(512));
                }
            } catch (jakarta.jms.JMSRuntimeException addressFull) {
                assertThat(addressFull.getMessage()).contains("full");
            }
            assertThat(fillers).as("the address filled up").isLessThan(1_000);
            refused = fixtures.unsentArchiveMessages(hurdal, 1).get(0);
            written.add(refused);
            long behind = fixtures.unsentArchiveMessages(lillestrom, 1).get(0);
            written.add(behind);

            OutboxMessage failed = awaitFailures(refused, 1);
            assertThat(failed.getLastFailure()).as("the broker's own words").contains("full");
            assertThat(archiveQueue.receive(lillestrom, "RelayTest", fixtures.outboxRow(behind).getAggregateId()))
                    .as("the row behind it in the same batch").hasSize(1);
        } finally {
            mbeans.invoke(broker, "removeAddressSettings", new Object[]{address}, new String[]{String.class.getName()});
            archiveQueue.take(hurdal, "aggregateType = '" + filler + "'");
        }
        Resources.fixAt(fixtures.outboxRow(refused).getNextAttemptAt().plusSeconds(1));
        List<Message> delivered = archiveQueue.receive(hurdal, "RelayTest", fixtures.outboxRow(refused).getAggregateId());
        assertThat(delivered).as("delivered once the broker takes it").hasSize(1);
        assertThat(delivered.get(0).getStringProperty("messageId")).isEqualTo(fixtures.outboxRow(refused).getMessageId());
    }

    /**
     * Two nodes' relays on one database (issue 21): here three more relays beside the server's own, each claiming
     * small batches at once. Every row is claimed and marked by exactly one of them (its version counts the marks:
     * one), and each archive gets a record's changes in order.
     */
    @Test
    void relays_at_once_each_row_is_sent_by_one_of_them_and_a_records_changes_arrive_in_order() throws Exception {
        long lillestrom = fixtures.partnerId("3205");
        List<Long> records = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            records.add(fixtures.unsentArchiveStream(lillestrom, "RelayOrder", 20));
        }
        records.forEach(r -> written.addAll(fixtures.outboxIds("RelayOrder", r)));
        java.util.concurrent.ExecutorService relays = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            List<java.util.concurrent.Future<Integer>> running = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                running.add(relays.submit(() -> {
                    int sent = 0;
                    while (!done.get()) {
                        sent += batch.sendAfter(0, 7).sent();
                    }
                    return sent;
                }));
            }
            for (long record : records) {
                archiveQueue.awaitSent(lillestrom, "RelayOrder", record);
            }
            done.set(true);
            for (java.util.concurrent.Future<Integer> relay : running) {
                relay.get();
            }
        } finally {
            done.set(true);
            relays.shutdownNow();
        }

        for (long record : records) {
            List<Message> received = archiveQueue.receive(lillestrom, "RelayOrder", record);
            assertThat(received).extracting(m -> m.getLongProperty("sequence")).as("record " + record + " in order")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        }
        assertThat(written).extracting(id -> fixtures.outboxRow(id).getVersion())
                .as("each row marked sent once, by one relay").containsOnly(1L);
    }

    private OutboxMessage awaitFailures(long id, int failures) {
        return Awaitility.await("outbox row " + id + " has failed " + failures + " times")
                .atMost(ArchiveQueue.CEILING).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> fixtures.outboxRow(id), row -> row.getFailures() >= failures);
    }
}
