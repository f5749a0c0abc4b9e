package no.samhandling.crash;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQQueue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive promise under SIGKILL. Several threads make archive-relevant changes through the real API (a new
 * archive account for a partner: one notification to that partner's archive), about 10 % of them refused and rolled
 * back; meanwhile the server is killed with SIGKILL and restarted, several times. Afterwards an independent remote
 * consumer takes everything from the queue and the database is read directly: every committed change has exactly one
 * message, no refused change has any, nothing stays unsent.
 *
 * <p>Size: {@code -Dcrash.changes} (200 in CI) and {@code -Dcrash.kills} (3 in CI); the full run is 1000 and 5.
 */
class ArchiveCrashIT {

    private static final Logger LOG = Logger.getLogger(ArchiveCrashIT.class.getName());
    private static final String SECRETARIAT = "sekretariat";
    private static final String DEMO_PASSWORD = "samhandling-demo";
    /** The secretariat may read every party's archive queue (operations); archive accounts only their own. */
    private static final String CONSUMER = SECRETARIAT;
    private static final String CONSUMER_PASSWORD = DEMO_PASSWORD;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    enum Outcome { COMMITTED, REFUSED, UNKNOWN }

    @Test
    void every_committed_change_is_delivered_exactly_once_across_sigkills_and_no_refused_one_at_all() throws Exception {
        int changes = Integer.getInteger("crash.changes", 200);
        int kills = Integer.getInteger("crash.kills", 3);
        boolean postgres = "postgresql".equals(System.getProperty("crash.db"));
        Path home = CrashServer.pathOf("jboss.home");
        Path base = Path.of("target", "crash-" + run).toAbsolutePath();
        String schema = "crash_" + run;
        Map<String, String> environment = new HashMap<>();
        if (postgres) {
            environment.put("SAMHANDLING_DB_DRIVER", "postgresql");
            environment.put("SAMHANDLING_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
            environment.put("SAMHANDLING_DB_USER", "postgres");
            environment.put("SAMHANDLING_DB_PASSWORD", "postgres");
        }

        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        long drainMillis;
        Set<String> outboxIds = new HashSet<>();
        Set<String> outboxAccounts = new HashSet<>();
        long unsent;
        List<String> receivedIds = new ArrayList<>();
        Set<String> receivedAccounts = new HashSet<>();

        try (CrashServer server = new CrashServer(home, base, environment)) {
            server.prepare(CrashServer.pathOf("samhandling.ear"));
            server.start();
            List<Long> partners = partnerIds();
            List<String> queues = archiveCodes();

            AtomicInteger done = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                load.submit(() -> {
                    while (true) {
                        int i = done.getAndIncrement();
                        if (i >= changes) {
                            return null;
                        }
                        long partner = partners.get(thread + 4 * (i % (partners.size() / 4)));
                        while (!change(partner, i, outcomes)) {
                            sleep(200); // the server is down: try the same change again when it is back
                        }
                    }
                });
            }
            for (int k = 1; k <= kills; k++) {
                int killAt = changes * k / (kills + 1) + ThreadLocalRandom.current().nextInt(-5, 6);
                while (done.get() < killAt) {
                    Thread.sleep(5);
                }
                server.kill();
                LOG.info("crash test: SIGKILL " + k + " at change " + done.get());
                Thread.sleep(ThreadLocalRandom.current().nextInt(100, 1500));
                server.start();
            }
            load.shutdown();
            assertThat(load.awaitTermination(10, TimeUnit.MINUTES)).isTrue();

            long started = System.nanoTime();
            Set<String> expectedAccounts = new HashSet<>();
            outcomes.forEach((account, outcome) -> {
                if (outcome == Outcome.COMMITTED) {
                    expectedAccounts.add(account);
                }
            });
            consumeUntil(queues, receivedIds, receivedAccounts, expectedAccounts, Duration.ofSeconds(60));
            drainMillis = (System.nanoTime() - started) / 1_000_000;
            consumeUntil(queues, receivedIds, receivedAccounts, Set.of(), Duration.ofSeconds(3)); // anything late or doubled
            server.stop();

            try (Connection db = postgres
                    ? DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", "postgres")
                    : DriverManager.getConnection("jdbc:h2:" + base.resolve("data/samhandling/samhandling"), "sa", "sa");
                 Statement sql = db.createStatement()) {
                try (ResultSet rows = sql.executeQuery("SELECT message_id, payload, sent_at FROM archive_outbox "
                        + "WHERE message_type = 'partner.archive-connected' AND payload LIKE '%crash-" + run + "-%'")) {
                    long notSent = 0;
                    while (rows.next()) {
                        outboxIds.add(rows.getString(1));
                        outboxAccounts.add(account(rows.getString(2)));
                        if (rows.getTimestamp(3) == null) {
                            notSent++;
                        }
                    }
                    unsent = notSent;
                }
                if (postgres) {
                    sql.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }

        long committed = outcomes.values().stream().filter(o -> o == Outcome.COMMITTED).count();
        long refused = outcomes.values().stream().filter(o -> o == Outcome.REFUSED).count();
        long unknown = outcomes.values().stream().filter(o -> o == Outcome.UNKNOWN).count();
        long distinct = new HashSet<>(receivedIds).size();
        LOG.info(String.format("crash test (%s): %d changes, committed %d, refused %d, unknown %d, kills %d; "
                        + "outbox rows %d, received %d, distinct %d, duplicates %d, missing %d, unsent %d; drained %d ms",
                postgres ? "PostgreSQL" : "H2", changes, committed, refused, unknown, kills, outboxIds.size(),
                receivedIds.size(), distinct, receivedIds.size() - distinct,
                outboxIds.stream().filter(id -> !receivedIds.contains(id)).count(), unsent, drainMillis));
        Files.writeString(Path.of("target", "crash-" + run + ".txt"), String.format(
                "changes=%d committed=%d refused=%d unknown=%d kills=%d outbox=%d received=%d distinct=%d drainMs=%d%n",
                changes, committed, refused, unknown, kills, outboxIds.size(), receivedIds.size(), distinct, drainMillis));

        assertThat(committed).as("committed changes").isGreaterThan(changes / 2);
        assertThat(refused).as("refused changes").isGreaterThan(0);
        assertThat(receivedIds).as("no message twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(receivedIds)).as("exactly the committed outbox rows arrived").isEqualTo(outboxIds);
        assertThat(unsent).as("outbox drained").isZero();
        assertThat(outboxAccounts).as("every acknowledged change committed").containsAll(
                outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.COMMITTED).map(Map.Entry::getKey).toList());
        assertThat(receivedAccounts).as("no refused change was notified").doesNotContainAnyElementsOf(
                outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.REFUSED).map(Map.Entry::getKey).toList());
        assertThat(drainMillis).as("drained within 60 s of the last restart").isLessThan(60_000);
    }

    /**
     * One change: a new archive account for the partner; every tenth is refused (bad organisation number). Returns
     * false when the change was not attempted (server down before the update was sent).
     */
    private boolean change(long partner, int i, Map<String, Outcome> outcomes) {
        String account = "crash-" + run + "-" + i;
        boolean refuse = i % 10 == 7;
        long version;
        try {
            HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(CrashServer.APP + "api/partners/" + partner)).GET());
            if (current.statusCode() != 200) {
                return false;
            }
            version = Json.createReader(new StringReader(current.body())).readObject().getJsonNumber("version").longValue();
        } catch (Exception serverDown) {
            return false;
        }
        try {
            var body = Json.createObjectBuilder().add("version", version).add("archiveSystem", "Crash")
                    .add("archiveAccount", account).add("archiveEnabled", true);
            if (refuse) {
                body.add("organisationNumber", "123");
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(CrashServer.APP + "api/partners/" + partner))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.build().toString())));
            outcomes.put(account, switch (response.statusCode()) {
                case 200 -> Outcome.COMMITTED;
                case 400 -> Outcome.REFUSED;
                default -> Outcome.UNKNOWN;
            });
        } catch (Exception diedDuringTheUpdate) {
            outcomes.put(account, Outcome.UNKNOWN);
        }
        return true;
    }

    private List<Long> partnerIds() throws Exception {
        return partners().stream().map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    private List<String> archiveCodes() throws Exception {
        return partners().stream().map(p -> "jms.queue.ArchiveNotifications." + p.getString("archiveCode")).toList();
    }

    private List<JsonObject> partners() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(CrashServer.APP + "api/partners")).GET());
        JsonArray partners = Json.createReader(new StringReader(response.body())).readArray();
        return partners.getValuesAs(JsonObject.class);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String token = Base64.getEncoder().encodeToString((SECRETARIAT + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The independent consumer: a remote Artemis client over WildFly's HTTP port, as an archive system connects. */
    private void consumeUntil(List<String> queues, List<String> ids, Set<String> accounts, Set<String> expected,
                              Duration limit) throws Exception {
        ConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + (8080 + CrashServer.PORT_OFFSET)
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor", CONSUMER, CONSUMER_PASSWORD);
        long end = System.nanoTime() + limit.toNanos();
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            List<JMSConsumer> consumers = queues.stream()
                    .map(q -> jms.createConsumer(new ActiveMQQueue(q), "type = 'partner.archive-connected'")).toList();
            while (System.nanoTime() < end && (expected.isEmpty() || !accounts.containsAll(expected))) {
                boolean any = false;
                for (JMSConsumer consumer : consumers) {
                    Message message = consumer.receiveNoWait();
                    if (message == null) {
                        continue;
                    }
                    any = true;
                    String body = message.getBody(String.class);
                    if (body.contains("crash-" + run + "-")) {
                        ids.add(message.getStringProperty("messageId"));
                        accounts.add(account(body));
                    }
                }
                if (!any) {
                    Thread.sleep(50);
                }
            }
            consumers.forEach(JMSConsumer::close);
        }
    }

    private String account(String payload) {
        int start = payload.indexOf("crash-" + run + "-");
        int stop = start;
        while (stop < payload.length() && (Character.isLetterOrDigit(payload.charAt(stop)) || payload.charAt(stop) == '-')) {
            stop++;
        }
        return payload.substring(start, stop);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
