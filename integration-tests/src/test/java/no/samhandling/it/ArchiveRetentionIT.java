package no.samhandling.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.samhandling.archive.control.OutboxRetention;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sent archive messages past the retention period leave the hot outbox (issue 18), and nothing an archive relies on
 * changes: the catch-up feed still returns them in order, with their positions, and the next message about the same
 * record continues its sequence.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveRetentionIT {

    private static final Instant LONG_AGO = Instant.parse("2016-01-04T09:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @EJB
    OutboxRetention retention;

    @Test
    void moved_messages_stay_in_the_feed_in_order_and_the_sequence_continues_after_them() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String archive = fixtures.user(Role.ARCHIVE_SYSTEM, "3205");
        long lillestrom = fixtures.partnerId("3205");
        HttpResponse<String> created = Http.post("api/disputes", secretariat, PASSWORD, "application/json",
                "{\"kind\":\"PATIENT_CASE\",\"municipalityId\":" + lillestrom + ",\"raisedByPartnerId\":" + lillestrom
                        + ",\"openedOn\":\"" + LocalDate.now() + "\",\"title\":\"Oppbevaring " + Fixtures.unique() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject dispute = json(created.body()).asJsonObject();
        long id = dispute.getJsonObject("line").getJsonNumber("id").longValue();
        String about = "o.aggregateType = 'Dispute' AND o.aggregateId = ?1";
        long written = fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE " + about, id);
        assertThat(written).as("the new dispute was sent to its parties' archives").isPositive();
        for (int i = 0; i < 300 && fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE " + about
                + " AND o.sentAt IS NULL", id) > 0; i++) {
            Thread.sleep(100);
        }
        fixtures.backdateOutbox("Dispute", id, LONG_AGO);
        long first = fixtures.count("SELECT MIN(o.id) FROM OutboxMessage o WHERE " + about + " AND o.recipientPartnerId = ?2",
                id, lillestrom);

        int moved = retention.moveBatch(LONG_AGO.plusSeconds(86_400), 10_000, Instant.now());

        assertThat(moved).isGreaterThanOrEqualTo((int) written);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE " + about, id)).isZero();
        assertThat(fixtures.count("SELECT COUNT(o) FROM ArchivedOutboxMessage o WHERE " + about, id)).isEqualTo(written);

        HttpResponse<String> step = Http.post("api/disputes/" + id + "/steps", secretariat, PASSWORD, "application/json",
                "{\"version\":" + dispute.getJsonNumber("version") + ",\"step\":\"LEADERSHIP_MEETING\",\"on\":\""
                        + LocalDate.now() + "\",\"askedByPartnerId\":" + lillestrom + ",\"reason\":\"Ikke løst i dialog\"}");
        assertThat(step.statusCode()).as(step.body()).isBetween(200, 201);
        assertThat(fixtures.count("SELECT MAX(o.sequenceNumber) FROM OutboxMessage o WHERE " + about
                + " AND o.recipientPartnerId = ?2", id, lillestrom)).as("continues after the moved message").isEqualTo(2);

        JsonArray feed = json(Http.get("api/archive/feed?since=" + (first - 1) + "&limit=500", archive, PASSWORD).body())
                .asJsonArray();
        List<Long> sequences = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        feed.stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("aggregateType").equals("Dispute") && e.getJsonNumber("aggregateId").longValue() == id)
                .forEach(e -> {
                    sequences.add(e.getJsonNumber("sequence").longValue());
                    positions.add(e.getJsonNumber("position").longValue());
                });
        assertThat(sequences).as("the moved message, then the new one").containsExactly(1L, 2L);
        assertThat(positions.get(0)).isEqualTo(first);
        assertThat(positions).isSorted();
    }

    private static jakarta.json.JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
