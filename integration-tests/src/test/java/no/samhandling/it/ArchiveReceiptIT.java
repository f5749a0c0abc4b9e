package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.archive.boundary.ArchiveChange;
import no.samhandling.archive.boundary.ArchiveChangeQuery;
import no.samhandling.archive.boundary.ArchiveMessageSummary;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.archive.entity.ReceiptOutcome;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What archive systems do with us: catch up through the feed, answer with receipts; operations send again. */
@ExtendWith(ArquillianExtension.class)
class ArchiveReceiptIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    AgreementService agreements;

    @Inject
    ArchiveService archive;

    @Inject
    Fixtures fixtures;

    @Inject
    ArchiveQueue archiveQueue;

    @Test
    @DisplayName("R-AGR-5: an archive catches up through its feed and its receipt is visible to the secretariat")
    void R_AGR_5_an_archive_catches_up_through_its_feed_and_its_receipt_is_visible_to_the_secretariat() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String archiveAccount = fixtures.user(Role.ARCHIVE_SYSTEM, "3207");
        String otherArchive = fixtures.user(Role.ARCHIVE_SYSTEM, "3218");
        long nordreFollo = fixtures.partnerId("3207");
        long version = fixtures.agreementVersionForSigning();
        As.user(secretariat, () -> agreements.recordSignature(version, nordreFollo, LocalDate.of(2024, 10, 7),
                SignatoryRole.MUNICIPAL_CHIEF_EXECUTIVE));
        Message delivered = archiveQueue.receive(nordreFollo, "AgreementVersion", version).get(0);
        String messageId = delivered.getStringProperty("messageId");

        HttpResponse<String> feed = Http.get("api/archive/feed?since=0&limit=500", archiveAccount, PASSWORD);
        assertThat(feed.statusCode()).isEqualTo(200);
        List<JsonObject> entries = Json.createReader(new StringReader(feed.body())).readArray().getValuesAs(JsonObject.class);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getString("messageId")).isEqualTo(messageId);
            assertThat(e.getString("arkivmelding")).isEqualTo(bodyOf(delivered));
        });
        JsonArray othersFeed = Json.createReader(new StringReader(
                Http.get("api/archive/feed?since=0&limit=500", otherArchive, PASSWORD).body())).readArray();
        assertThat(othersFeed.getValuesAs(JsonObject.class)).noneMatch(e -> e.getString("messageId").equals(messageId));

        String archiveSystemId = java.util.UUID.randomUUID().toString();
        String receipt = kvittering("Opprettet", archiveSystemId);
        FiksArkivSchema.validateReceipt(receipt);
        assertThat(Http.post("api/archive/messages/" + messageId + "/receipt", otherArchive, PASSWORD,
                "application/xml", receipt).statusCode()).as("another party's archive").isEqualTo(404);
        HttpResponse<String> accepted = Http.post("api/archive/messages/" + messageId + "/receipt", archiveAccount,
                PASSWORD, "application/xml", receipt);
        HttpResponse<String> again = Http.post("api/archive/messages/" + messageId + "/receipt", archiveAccount,
                PASSWORD, "application/xml", receipt);
        HttpResponse<String> garbage = Http.post("api/archive/messages/" + messageId + "/receipt", archiveAccount,
                PASSWORD, "application/xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).doesNotContain("root:");
        ArchiveMessageSummary seen = As.user(secretariat, () -> archive.overview(200)).stream()
                .filter(m -> m.messageId().equals(messageId)).findFirst().orElseThrow();
        assertThat(seen.receipt()).isEqualTo(ReceiptOutcome.CREATED);
        assertThat(seen.archiveReference()).isEqualTo(archiveSystemId);
        assertThat(As.user(secretariat, () -> archive.overview(200)))
                .filteredOn(m -> m.recipientPartnerId() == fixtures.hospital().getId() && m.aggregateId() == version
                        && "AgreementVersion".equals(m.aggregateType()))
                .singleElement().satisfies(m -> assertThat(m.isMissingReceipt()).isTrue());
    }

    @Test
    void operations_send_a_message_again_with_the_same_message_id() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long nittedal = fixtures.partnerId("3232");
        long version = fixtures.agreementVersionForSigning();
        As.user(secretariat, () -> agreements.recordSignature(version, nittedal, LocalDate.of(2024, 10, 8),
                SignatoryRole.MAYOR));
        List<Message> delivered = archiveQueue.receive(nittedal, "AgreementVersion", version);
        assertThat(delivered).as("the signature, once").hasSize(1);
        Message first = delivered.get(0);
        long outboxId = As.user(secretariat, () -> archive.overview(200)).stream()
                .filter(m -> m.messageId().equals(ArchiveQueue.property(first, "messageId")))
                .findFirst().orElseThrow().id();

        As.user(secretariat, () -> {
            archive.resend(outboxId);
            return null;
        });

        List<Message> again = archiveQueue.receive(nittedal, "AgreementVersion", version);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).getStringProperty("messageId")).isEqualTo(first.getStringProperty("messageId"));
        assertThat(bodyOf(again.get(0))).isEqualTo(bodyOf(first));
    }

    @Test
    @DisplayName("R-AGR-5: archivists see one line per change with its recipients, filter those missing a receipt, and send a change again only to the archives without one")
    void R_AGR_5_one_line_per_change_filtered_by_receipt_and_recipient_and_sent_again_only_where_no_receipt() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String archiveAccount = fixtures.user(Role.ARCHIVE_SYSTEM, "3230");
        long gjerdrum = fixtures.partnerId("3230");
        long version = fixtures.agreementVersionForSigning();
        As.user(secretariat, () -> agreements.recordSignature(version, gjerdrum, LocalDate.of(2024, 10, 9),
                SignatoryRole.MAYOR));
        String messageId = archiveQueue.receive(gjerdrum, "AgreementVersion", version).get(0).getStringProperty("messageId");
        ArchiveChangeQuery all = ArchiveChangeQuery.all();
        ArchiveChange change = await().atMost(Duration.ofSeconds(30)).until(() -> As.user(secretariat,
                        () -> archive.changes(all, 0, 25)).stream()
                .filter(c -> c.messages().stream().anyMatch(m -> m.messageId().equals(messageId))).findFirst().orElse(null),
                c -> c != null && c.messages().stream().filter(m -> !m.isWaiting()).count() > 1);

        List<ArchiveMessageSummary> sameChange = As.user(secretariat, () -> archive.overview(500)).stream()
                .filter(m -> m.aggregateType().equals("AgreementVersion") && m.aggregateId() == version
                        && m.createdAt().equals(change.createdAt()) && m.type().equals(change.type())).toList();
        assertThat(change.recipients()).as("one line for the change, one message per concerned archive")
                .isEqualTo(sameChange.size()).isGreaterThan(1);
        assertThat(change.messages()).extracting(ArchiveMessageSummary::recipientPartnerId).doesNotHaveDuplicates();
        assertThat(change.subject()).isNotBlank();

        assertThat(Http.post("api/archive/messages/" + messageId + "/receipt", archiveAccount, PASSWORD,
                "application/xml", kvittering("Opprettet", java.util.UUID.randomUUID().toString())).statusCode())
                .isEqualTo(200);
        ArchiveChangeQuery missingAtGjerdrum = new ArchiveChangeQuery(ArchiveChangeQuery.State.RECEIPT_MISSING, gjerdrum);
        assertThat(As.user(secretariat, () -> archive.changes(missingAtGjerdrum, 0, 500)))
                .as("Gjerdrum has filed it").noneMatch(c -> c.first() == change.first());
        ArchiveChangeQuery toGjerdrum = new ArchiveChangeQuery(ArchiveChangeQuery.State.ANY, gjerdrum);
        assertThat(As.user(secretariat, () -> archive.changes(toGjerdrum, 0, 500)))
                .filteredOn(c -> c.createdAt().equals(change.createdAt()) && c.aggregateId() == version).singleElement()
                .satisfies(c -> assertThat(c.messages()).singleElement()
                        .satisfies(m -> assertThat(m.receipt()).isEqualTo(ReceiptOutcome.CREATED)));
        ArchiveChangeQuery missing = new ArchiveChangeQuery(ArchiveChangeQuery.State.RECEIPT_MISSING, null);
        ArchiveChange withoutReceipt = As.user(secretariat, () -> archive.changes(missing, 0, 500)).stream()
                .filter(c -> c.first() == change.first()).findFirst().orElseThrow();
        List<Long> sentWithoutReceipt = withoutReceipt.messages().stream()
                .filter(ArchiveMessageSummary::isMissingReceipt).map(ArchiveMessageSummary::id).toList();
        assertThat(withoutReceipt.missingReceipt()).isEqualTo(sentWithoutReceipt.size()).isPositive();
        assertThat(withoutReceipt.receipted()).isEqualTo(1);

        int again = As.user(secretariat, () -> archive.resendChange(change.first()));

        assertThat(again).as("every archive that has it without a receipt").isEqualTo(sentWithoutReceipt.size());
        assertThat(As.user(secretariat, () -> archive.overview(500))).filteredOn(m -> sameChange.stream()
                        .anyMatch(o -> o.id() == m.id()))
                .allSatisfy(m -> assertThat(m.attempt()).as(m.recipientName())
                        .isEqualTo(sentWithoutReceipt.contains(m.id()) ? 1 : 0));
    }

    private static String bodyOf(Message message) {
        try {
            return message.getBody(String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kvittering(String state, String systemId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1"
                                        xmlns:n5mdk="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1">
                  <registreringKvittering>
                    <systemID>%s</systemID>
                    <opprettetEllerEksisterende>%s</opprettetEllerEksisterende>
                  </registreringKvittering>
                </arkivmeldingKvittering>""".formatted(systemId, state).strip();
    }
}
