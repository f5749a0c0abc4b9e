package no.samhandling.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive that is offline for weeks costs disk, not heap (issue 18): beyond 1 MB a party's archive queue pages
 * its messages to the journal directory, and an archive that connects afterwards still gets every one, in order.
 * The figure for 100,000 messages over 22 queues is the benchmark's (docs/performance.md); this proves the setting is
 * the one the broker applies.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveQueuePagingIT {

    private static final int MESSAGES = 1_200;
    private static final String BODY = "x".repeat(2_048);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    ArchiveQueue archiveQueue;

    @Inject
    Fixtures fixtures;

    @Test
    void an_offline_archive_queue_pages_to_disk_and_delivers_everything_in_order_when_the_archive_connects()
            throws Exception {
        Queue queue = archiveQueue.queueOf(fixtures.partnerId("3242"));
        String run = UUID.randomUUID().toString();
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            for (int i = 0; i < MESSAGES; i++) {
                TextMessage message = context.createTextMessage(BODY);
                message.setStringProperty("pagingRun", run);
                message.setIntProperty("position", i);
                context.createProducer().send(queue, message);
                if (i % 100 == 99) {
                    context.commit();
                }
            }
            context.commit();
        }

        ObjectName address = addressOf(queue.getQueueName());
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        assertThat((Boolean) mbeans.getAttribute(address, "Paging")).as("the queue pages beyond 1 MB").isTrue();
        assertThat(((Number) mbeans.getAttribute(address, "AddressSize")).longValue())
                .as("what the address holds in memory stays near its 1 MB limit")
                .isLessThan(2L * 1024 * 1024);

        List<Integer> received = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(queue, "pagingRun = '" + run + "'")) {
            Message message;
            while (received.size() < MESSAGES && (message = consumer.receive(ArchiveQueue.CEILING.toMillis())) != null) {
                received.add(message.getIntProperty("position"));
            }
        }
        assertThat(received).as("every message, in the order sent").hasSize(MESSAGES).isSorted();
        assertThat(received.get(MESSAGES - 1)).isEqualTo(MESSAGES - 1);
    }

    /** The broker's MBean for the queue's address (WildFly names the broker "default"). */
    private static ObjectName addressOf(String queueName) throws Exception {
        Set<ObjectName> names = ManagementFactory.getPlatformMBeanServer().queryNames(
                new ObjectName("org.apache.activemq.artemis:component=addresses,*"), null);
        return names.stream()
                .filter(name -> !name.getKeyPropertyList().containsKey("subcomponent"))
                .filter(name -> name.getKeyProperty("address").replace("\"", "").endsWith(queueName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no address MBean for " + queueName + " among " + names));
    }
}
