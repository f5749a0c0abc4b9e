package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.PublicationStatus;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.NewDispute;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeSubject;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement after signing: publication within a month (R-AGR-4), renegotiation (R-AGR-7), termination (R-AGR-8). */
@ExtendWith(ArquillianExtension.class)
class AgreementLifecycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AgreementService agreements;

    @Inject
    DisputeService disputes;

    @Test
    @DisplayName("R-AGR-4: publication waits for the last signature, is due a month later and is recorded once by the hospital")
    void R_AGR_4_publication_waits_for_the_last_signature_and_is_recorded_once_by_the_hospital() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String hospitalAdmin = fixtures.user(Role.HOSPITAL_ADMIN, "HF");
        String municipalAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        long version = fixtures.agreementVersionForSigning();
        String path = "api/agreement/versions/" + version + "/publication";
        String body = "{\"publishedOn\":\"" + LocalDate.now() + "\",\"publishedUrl\":\"https://www.ahus.no/samarbeidsavtale\"}";

        HttpResponse<String> early = Http.post(path, hospitalAdmin, PASSWORD, "application/json", body);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).getString("ruleId")).isEqualTo("R-AGR-4");

        LocalDate lastSignature = LocalDate.now().minusDays(3);
        for (SignatureLine line : As.user(secretariat, () -> agreements.signatures(version))) {
            boolean hospital = fixtures.reload(line.partnerId()).getKind() == PartnerKind.HOSPITAL_TRUST;
            As.user(secretariat, () -> agreements.recordSignature(version, line.partnerId(),
                    hospital ? lastSignature : lastSignature.minusDays(10),
                    hospital ? SignatoryRole.HOSPITAL_CEO : SignatoryRole.MAYOR));
        }
        PublicationStatus due = As.user(secretariat, () -> agreements.publication(version));
        assertThat(due.lastSignature()).isEqualTo(lastSignature);
        assertThat(due.due()).isEqualTo(lastSignature.plusMonths(1));
        assertThat(due.overdue()).isFalse();
        assertThatThrownBy(() -> As.user(municipalAdmin, () -> agreements.publish(version, LocalDate.now(),
                "https://www.ahus.no/samarbeidsavtale", null))).isInstanceOf(jakarta.ejb.EJBAccessException.class);

        HttpResponse<String> published = Http.post(path, hospitalAdmin, PASSWORD, "application/json", body);
        HttpResponse<String> twice = Http.post(path, hospitalAdmin, PASSWORD, "application/json", body);

        assertThat(published.statusCode()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(path));
        assertThat(json(published).getString("publishedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'AgreementVersion' "
                + "AND o.aggregateId = ?1 AND o.messageType = 'agreement.version-published'", version))
                .as("one message per party").isEqualTo(fixtures.count(
                        "SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'"));
    }

    @Test
    @DisplayName("R-AGR-8: a municipality's termination ends its own relation after a year and no other; it terminates once")
    void R_AGR_8_a_municipalitys_termination_ends_its_own_relation_after_a_year_and_no_other() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3232");
        long nittedal = fixtures.partnerId("3232");
        long lillestrom = fixtures.partnerId("3205");
        LocalDate received = LocalDate.now().minusDays(1);
        String reason = "Kommunestyrevedtak om uttreden " + Fixtures.unique();
        try {
            assertThatThrownBy(() -> As.user(admin, () -> agreements.recordNotice(lillestrom, NoticeKind.TERMINATION,
                    received, null))).isInstanceOf(Forbidden.class);
            As.user(admin, () -> agreements.recordNotice(nittedal, NoticeKind.TERMINATION, received, reason));

            assertThat(fixtures.leftOn(nittedal)).isEqualTo(received.plusYears(1));
            assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.messageType = 'agreement.notice-recorded' "
                    + "AND o.payload LIKE ?1", "%" + reason + "%")).as("hospital and Nittedal").isEqualTo(2);
            assertThat(fixtures.leftOn(lillestrom)).isNull();
            assertThatThrownBy(() -> As.user(admin, () -> agreements.recordNotice(nittedal, NoticeKind.TERMINATION,
                    received, null)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-8"));
        } finally {
            fixtures.withdrawNotices(nittedal);
        }
    }

    @Test
    @DisplayName("R-AGR-8: a party whose termination has taken effect is no longer a party: it does not sign, is not counted and is not sent the community's changes")
    void R_AGR_8_a_party_whose_termination_has_taken_effect_is_no_longer_a_party() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long nes = fixtures.partnerId("3228");
        long version = fixtures.agreementVersionForSigning();
        long partiesBefore = As.user(secretariat, () -> agreements.publication(version)).parties();
        LocalDate received = LocalDate.now().minusYears(1).minusDays(1);
        try {
            As.user(secretariat, () -> agreements.recordNotice(nes, NoticeKind.TERMINATION, received, "Uttreden"));
            assertThat(fixtures.leftOn(nes)).as("the year's notice has run").isBefore(LocalDate.now().plusDays(1));

            assertThat(As.user(secretariat, () -> agreements.publication(version)).parties()).as("parties counted")
                    .isEqualTo(partiesBefore - 1);
            assertThatThrownBy(() -> As.user(secretariat, () -> agreements.recordSignature(version, nes, LocalDate.now(),
                    SignatoryRole.MUNICIPAL_CHIEF_EXECUTIVE)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-8"));
            assertThat(As.user(secretariat, () -> agreements.signatures(version)))
                    .extracting(SignatureLine::partnerId).as("the signatures to collect").doesNotContain(nes);

            String title = "Felles tvist " + Fixtures.unique();
            long dispute = As.user(secretariat, () -> disputes.open(new NewDispute(DisputeKind.AGREEMENT, DisputeSubject.ROUTINE, title,
                    null, null, fixtures.hospital().getId(), LocalDate.now(), null)));
            assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Dispute' "
                    + "AND o.aggregateId = ?1 AND o.recipientPartnerId = ?2", dispute, nes))
                    .as("no archive message to the party that has left").isZero();
            assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Dispute' "
                    + "AND o.aggregateId = ?1", dispute)).as("one to every party of today").isEqualTo(partiesBefore - 1);
        } finally {
            fixtures.withdrawNotices(nes);
        }
    }

    @Test
    @DisplayName("R-AGR-7: a renegotiation request runs three months and leaves every relation in force")
    void R_AGR_7_a_renegotiation_request_runs_three_months_and_leaves_every_relation_in_force() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long nesodden = fixtures.partnerId("3212");
        LocalDate received = LocalDate.now().minusDays(2);
        try {
            HttpResponse<String> recorded = Http.post("api/agreement/notices", secretariat, PASSWORD, "application/json",
                    "{\"partnerId\":" + nesodden + ",\"kind\":\"RENEGOTIATION\",\"receivedOn\":\"" + received + "\"}");
            HttpResponse<String> future = Http.post("api/agreement/notices", secretariat, PASSWORD, "application/json",
                    "{\"partnerId\":" + nesodden + ",\"kind\":\"RENEGOTIATION\",\"receivedOn\":\"" + LocalDate.now().plusDays(3) + "\"}");

            assertThat(recorded.statusCode()).isEqualTo(201);
            assertThat(json(recorded).getString("effectiveOn")).isEqualTo(received.plusMonths(3).toString());
            assertThat(future.statusCode()).isEqualTo(400);
            assertThat(json(future).getString("field")).isEqualTo("receivedOn");
            assertThat(fixtures.leftOn(nesodden)).isNull();
        } finally {
            fixtures.withdrawNotices(nesodden);
        }
    }

    @Test
    @DisplayName("R-AGR-6: the yearly review is planned once a year, flagged overdue, and recorded with its conclusion")
    void R_AGR_6_the_yearly_review_is_planned_once_a_year_flagged_overdue_and_recorded() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        int year = LocalDate.now().getYear();
        fixtures.deleteReviews(year);
        try {
            assertThat(As.user(secretariat, () -> agreements.reviewMissingThisYear())).isTrue();
            LocalDate planned = LocalDate.now().withDayOfYear(1);
            long id = As.user(secretariat, () -> agreements.planReview(planned));
            assertThatThrownBy(() -> As.user(secretariat, () -> agreements.planReview(planned.plusDays(1))))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-6"));
            assertThat(As.user(secretariat, () -> agreements.reviews())).filteredOn(r -> r.id() == id).singleElement()
                    .satisfies(r -> assertThat(r.overdue()).isEqualTo(LocalDate.now().isAfter(planned)));

            HttpResponse<String> held = Http.put("api/agreement/reviews/" + id, secretariat, PASSWORD,
                    "{\"version\":0,\"heldOn\":\"" + LocalDate.now() + "\",\"summary\":\"Avtalen videreføres uendret.\"}", "nb");

            assertThat(held.statusCode()).isEqualTo(200);
            assertThat(json(held).getBoolean("overdue")).isFalse();
            assertThat(json(held).getString("summary")).isEqualTo("Avtalen videreføres uendret.");
            assertThat(As.user(secretariat, () -> agreements.reviewMissingThisYear())).isFalse();
        } finally {
            fixtures.deleteReviews(year);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
