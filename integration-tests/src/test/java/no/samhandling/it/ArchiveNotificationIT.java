package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.transaction.UserTransaction;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.archive.boundary.ArchiveMessageSummary;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.partner.boundary.PartnerChanges;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive promise on the first real producer, a party's signature on agreement version 2.0: exactly one
 * notification per concerned archive, none on rollback, everything in order after the consumer was away, and every
 * message a valid Fiks Arkiv arkivmelding.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveNotificationIT {

    private static final String VERSION = "AgreementVersion";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    AgreementService agreements;

    @Inject
    Fixtures fixtures;

    @Inject
    ArchiveQueue archiveQueue;

    @Inject
    UserTransaction transaction;

    @Inject
    PartnerService partners;

    @Inject
    ArchiveService archive;

    @Test
    void the_version_in_force_is_2_0_from_the_reference_data() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        long current = As.user(member, () -> agreements.currentVersionId());

        assertThat(As.user(member, () -> agreements.signatures(current))).hasSize(22);
    }

    @Test
    @DisplayName("R-AGR-3: signature is archived once by the hospital and once by the signing municipality only")
    void R_AGR_3_signature_is_archived_once_by_the_hospital_and_once_by_the_signing_municipality_only() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long hospital = fixtures.hospital().getId();
        long lorenskog = fixtures.partnerId("3222");
        long as = fixtures.partnerId("3218");
        long version = fixtures.agreementVersionForSigning();

        As.user(secretariat, () -> agreements.recordSignature(version, lorenskog, LocalDate.of(2024, 10, 3),
                SignatoryRole.MUNICIPAL_CHIEF_EXECUTIVE));

        List<Message> toHospital = archiveQueue.receive(hospital, VERSION, version);
        List<Message> toLorenskog = archiveQueue.receive(lorenskog, VERSION, version);
        assertThat(toHospital).hasSize(1);
        assertThat(toLorenskog).hasSize(1);
        assertThat(archiveQueue.receive(as, VERSION, version)).as("a party the signature does not concern").isEmpty();
        for (Message m : List.of(toHospital.get(0), toLorenskog.get(0))) {
            assertThat(m.getStringProperty("type")).isEqualTo("agreement.signature-recorded");
            assertThat(m.getStringProperty("fiksMessageType")).isEqualTo("arkivering.arkivmelding.opprett");
            assertThat(m.getLongProperty("aggregateId")).isEqualTo(version);
            assertThat(m.getStringProperty("messageId")).isNotBlank();
            String xml = m.getBody(String.class);
            FiksArkivSchema.validate(xml);
            assertThat(xml).contains("<n5mdk:noekkel>agreement-version/" + version + "</n5mdk:noekkel>")
                    .contains("Signatur: Lørenskog");
        }
        assertThat(toHospital.get(0).getStringProperty("messageId"))
                .isNotEqualTo(toLorenskog.get(0).getStringProperty("messageId"));
        assertThat(As.user(secretariat, () -> agreements.signatures(version)))
                .filteredOn(line -> line.partnerId() == lorenskog)
                .singleElement().satisfies(line -> assertThat(line.signed()).isTrue());
    }

    @Test
    void a_signature_whose_transaction_rolls_back_sends_nothing_and_leaves_nothing() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long raelingen = fixtures.partnerId("3224");
        long version = fixtures.agreementVersionForSigning();
        long outboxBefore = fixtures.count("SELECT COUNT(o) FROM OutboxMessage o");

        transaction.begin();
        try {
            As.user(secretariat, () -> agreements.recordSignature(version, raelingen, LocalDate.of(2024, 10, 4),
                    SignatoryRole.MAYOR));
        } finally {
            transaction.rollback();
        }

        assertThat(archiveQueue.receive(raelingen, VERSION, version)).isEmpty();
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o")).isEqualTo(outboxBefore);
        assertThat(fixtures.count("SELECT COUNT(s) FROM AgreementSignature s WHERE s.partner.id = ?1 AND s.agreementVersion.id = ?2",
                raelingen, version)).isZero();
    }

    @Test
    void an_archive_that_was_away_receives_everything_in_per_aggregate_order() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long hospital = fixtures.hospital().getId();
        long version = fixtures.agreementVersionForSigning();

        for (String municipality : List.of("3226", "3416", "3240")) {
            long party = fixtures.partnerId(municipality);
            As.user(secretariat, () -> agreements.recordSignature(version, party, LocalDate.of(2024, 11, 1),
                    SignatoryRole.MAYOR));
        }

        List<Message> received = archiveQueue.receive(hospital, VERSION, version);
        assertThat(received).hasSize(3);
        List<Long> sequence = received.stream().map(ArchiveNotificationIT::sequence).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
        assertThat(sequence).containsExactly(1L, 2L, 3L);
    }

    private static long sequence(Message message) {
        try {
            return message.getLongProperty("sequence");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_message_an_archive_keeps_failing_on_is_redelivered_with_back_off_dead_lettered_and_replayed_by_operations() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long hurdal = fixtures.partnerId("3242");
        long version = fixtures.agreementVersionForSigning();

        As.user(secretariat, () -> agreements.recordSignature(version, hurdal, LocalDate.of(2024, 11, 2),
                SignatoryRole.MAYOR));
        long started = System.nanoTime();
        int deliveries = archiveQueue.failUntilDeadLettered(hurdal, VERSION, version);

        assertThat(deliveries).as("max-delivery-attempts").isEqualTo(5);
        assertThat((System.nanoTime() - started) / 1_000_000).as("back-off makes the attempts take time")
                .isGreaterThan(7_000);
        ArchiveMessageSummary deadLettered = As.user(secretariat, () -> archive.overview(200)).stream()
                .filter(m -> m.recipientPartnerId() == hurdal && m.aggregateId() == version
                        && "AgreementVersion".equals(m.aggregateType())).findFirst().orElseThrow();
        assertThat(deadLettered.isDeadLettered()).as("operations see it").isTrue();
        assertThat(deadLettered.subject()).as("named as people name the version").isEqualTo(fixtures.versionLabel(version));
        assertThat(archiveQueue.receive(hurdal, VERSION, version)).isEmpty();

        As.user(secretariat, () -> {
            archive.resend(deadLettered.id());
            return null;
        });
        List<Message> replayed = archiveQueue.receive(hurdal, VERSION, version);
        assertThat(replayed).hasSize(1);
        FiksArkivSchema.validate(replayed.get(0).getBody(String.class));
        assertThat(replayed.get(0).getStringProperty("messageId")).isEqualTo(deadLettered.messageId());
        assertThat(archiveQueue.deadLetters(hurdal, VERSION, version)).as("replayed means gone from the dead letters").isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("An archive account reads only its own party's queue; a remote client without credentials reads none")
    void an_archive_account_reads_its_own_partys_queue_remotely_and_never_another_partys() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long lillestrom = fixtures.partnerId("3205");
        long nesodden = fixtures.partnerId("3212");
        long version = fixtures.agreementVersionForSigning();
        As.user(secretariat, () -> agreements.recordSignature(version, lillestrom, LocalDate.of(2024, 10, 9),
                SignatoryRole.MAYOR));
        archiveQueue.awaitSent(lillestrom, VERSION, version);
        jakarta.jms.ConnectionFactory remote = (jakarta.jms.ConnectionFactory) new javax.naming.InitialContext()
                .lookup("java:jboss/exported/jms/RemoteConnectionFactory");

        try (jakarta.jms.JMSContext jms = remote.createContext("arkiv-lillestrom", "samhandling-demo")) {
            assertThatThrownBy(() -> jms.createConsumer(archiveQueue.queueOf(nesodden)).receive(500))
                    .as("Lillestrøm's archive reading Nesodden's queue")
                    .isInstanceOf(jakarta.jms.JMSSecurityRuntimeException.class);
        }
        assertThatThrownBy(() -> {
            try (jakarta.jms.JMSContext jms = remote.createContext()) {
                jms.createConsumer(archiveQueue.queueOf(lillestrom)).receive(500);
            }
        }).as("a remote client without credentials (the broker's guest)").isInstanceOf(jakarta.jms.JMSRuntimeException.class);
        try (jakarta.jms.JMSContext jms = remote.createContext("arkiv-lillestrom", "samhandling-demo");
             jakarta.jms.JMSConsumer own = jms.createConsumer(archiveQueue.queueOf(lillestrom),
                     ArchiveQueue.about(lillestrom, VERSION, version))) {
            Message message = own.receive(ArchiveQueue.CEILING.toMillis());
            assertThat(message).isNotNull();
            assertThat(message.getLongProperty("aggregateId")).isEqualTo(version);
        }
    }

    @Test
    void notification_latency_from_commit_to_the_queue_is_measured() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3415");
        long sorOdal = fixtures.partnerId("3415");
        int changes = 40;

        List<Double> millis = archiveQueue.latencies(sorOdal, "Partner", sorOdal, changes, () -> As.user(admin, () -> {
            long version = fixtures.reload(sorOdal).getVersion();
            return partners.update(sorOdal, new PartnerChanges(version, null, null, null, null, "Elements",
                    "sor-odal-" + Fixtures.unique(), true));
        }));

        assertThat(millis).hasSize(changes);
        List<Double> sorted = millis.stream().sorted().toList();
        java.util.logging.Logger.getLogger(getClass().getName()).info(String.format(
                "archive notification latency commit -> received over %d changes: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                changes, sorted.get(changes / 2), sorted.get((int) Math.ceil(changes * 0.95) - 1), sorted.get(changes - 1)));
    }
}
