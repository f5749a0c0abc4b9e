package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import no.samhandling.partner.boundary.PartnerChanges;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner register through the real services, security domain, database and archive queue. */
@ExtendWith(ArquillianExtension.class)
class PartnerRegisterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    PartnerService partners;

    @Inject
    Fixtures fixtures;

    @Inject
    ArchiveQueue archiveQueue;

    @Test
    void reference_data_has_the_hospital_and_21_municipalities_with_numbers_and_four_regions() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        List<PartnerSummary> all = As.user(member, () -> partners.list());

        assertThat(all).hasSize(22);
        assertThat(all).filteredOn(p -> p.kind() == PartnerKind.HOSPITAL_TRUST)
                .extracting(PartnerSummary::name).containsExactly("Akershus universitetssykehus HF");
        Map<String, PartnerSummary> byName = all.stream()
                .collect(Collectors.toMap(PartnerSummary::name, Function.identity()));
        assertThat(byName.get("Lillestrøm").municipalityNumber()).isEqualTo("3205");
        assertThat(byName.get("Ås").municipalityNumber()).isEqualTo("3218");
        assertThat(byName.get("Kongsvinger").region()).isEqualTo("Kongsvingerregionen");
        assertThat(all).filteredOn(p -> p.kind() == PartnerKind.MUNICIPALITY)
                .extracting(PartnerSummary::region).doesNotContainNull()
                .containsOnly("Øvre Romerike", "Nedre Romerike", "Follo", "Kongsvingerregionen");
        assertThat(all).allMatch(p -> !p.mayChange(), "a member changes nothing");
    }

    @Test
    void municipal_administrator_changes_contact_of_own_municipality_and_it_is_stored() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3214");
        long frogn = fixtures.partnerId("3214");
        long seen = fixtures.reload(frogn).getVersion();
        String email = "postmottak-" + Fixtures.unique() + "@frogn.example.org";

        As.user(admin, () -> partners.update(frogn, new PartnerChanges(seen, "974 703 300",
                email, "+47 64 90 40 00", "Postboks 10, 1441 Drøbak", null, null, false)));

        Partner stored = fixtures.reload(frogn);
        assertThat(stored.getOrganisationNumber().value()).isEqualTo("974703300");
        assertThat(stored.getContact().email()).isEqualTo(email);
        assertThat(stored.getContact().postalAddress()).isEqualTo("Postboks 10, 1441 Drøbak");
        assertThat(stored.getVersion()).isGreaterThan(seen);
    }

    @Test
    void municipal_administrator_cannot_change_another_municipality_and_nothing_changes() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3214");
        long enebakk = fixtures.partnerId("3220");
        Partner before = fixtures.reload(enebakk);

        assertThatThrownBy(() -> As.user(admin, () -> partners.update(enebakk, new PartnerChanges(before.getVersion(),
                null, "hijack@example.org", null, null, null, null, false))))
                .isInstanceOf(Forbidden.class);

        Partner after = fixtures.reload(enebakk);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getContact().email()).isEqualTo(before.getContact().email());
    }

    @Test
    void member_cannot_change_any_partner() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        long enebakk = fixtures.partnerId("3220");
        long version = fixtures.reload(enebakk).getVersion();

        assertThatThrownBy(() -> As.user(member, () -> partners.update(enebakk,
                new PartnerChanges(version, null, null, null, null, null, null, false))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(fixtures.reload(enebakk).getVersion()).isEqualTo(version);
    }

    @Test
    void organisation_number_with_wrong_check_digit_is_refused_naming_the_field_and_nothing_is_written() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long eidskog = fixtures.partnerId("3416");
        Partner before = fixtures.reload(eidskog);

        assertThatThrownBy(() -> As.user(secretariat, () -> partners.update(eidskog, new PartnerChanges(
                before.getVersion(), "974703301", "ny@eidskog.example.org", null, null, null, null, false))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("organisationNumber");
                    assertThat(v.messageKey()).isEqualTo("partner.organisationNumber.invalid");
                });

        Partner after = fixtures.reload(eidskog);
        assertThat(after.getContact().email()).isEqualTo(before.getContact().email());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void second_editor_with_a_stale_version_gets_a_conflict_and_the_first_change_stays() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long grue = fixtures.partnerId("3417");
        long seenByBoth = fixtures.reload(grue).getVersion();
        String first = "first-" + Fixtures.unique() + "@grue.example.org";

        As.user(secretariat, () -> partners.update(grue, new PartnerChanges(seenByBoth, null,
                first, null, null, null, null, false)));
        assertThatThrownBy(() -> As.user(secretariat, () -> partners.update(grue, new PartnerChanges(seenByBoth, null,
                "second-" + Fixtures.unique() + "@grue.example.org", null, null, null, null, false))))
                .isInstanceOf(StaleVersion.class);

        assertThat(fixtures.reload(grue).getContact().email()).isEqualTo(first);
    }

    @Test
    void connecting_an_archive_sends_exactly_one_message_to_that_partners_archive() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3230");
        long gjerdrum = fixtures.partnerId("3230");
        long version = fixtures.reload(gjerdrum).getVersion();
        String account = "gjerdrum-arkiv-" + Fixtures.unique();

        As.user(admin, () -> partners.update(gjerdrum, new PartnerChanges(version, null, null, null, null,
                "Public 360", account, true)));

        List<Message> received = archiveQueue.receive(gjerdrum, "Partner", gjerdrum);
        assertThat(received).hasSize(1);
        Message message = received.get(0);
        assertThat(message.getStringProperty("type")).isEqualTo("partner.archive-connected");
        assertThat(message.getLongProperty("recipientPartnerId")).isEqualTo(gjerdrum);
        FiksArkivSchema.validate(message.getBody(String.class));
        assertThat(message.getBody(String.class)).contains(account);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Partner' "
                + "AND o.aggregateId = ?1 AND o.sentAt IS NULL", gjerdrum)).isZero();
    }

    @Test
    void refused_change_with_archive_settings_sends_nothing() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3242");
        long hurdal = fixtures.partnerId("3242");
        long version = fixtures.reload(hurdal).getVersion();
        long rowsBefore = fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateId = ?1", hurdal);

        assertThatThrownBy(() -> As.user(admin, () -> partners.update(hurdal, new PartnerChanges(version,
                "123", null, null, null, "Elements", "hurdal-arkiv", true))))
                .isInstanceOf(RuleViolation.class);

        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateId = ?1", hurdal))
                .isEqualTo(rowsBefore);
        assertThat(archiveQueue.receive(hurdal, "Partner", hurdal)).isEmpty();
        assertThat(fixtures.reload(hurdal).getArchive().enabled()).isFalse();
    }
}
