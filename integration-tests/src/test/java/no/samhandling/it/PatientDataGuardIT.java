package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DSP-4 through the real API: a national identity number in a typed text is refused, naming the field. */
@ExtendWith(ArquillianExtension.class)
class PatientDataGuardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    no.samhandling.meeting.boundary.MeetingService meetings;

    @Test
    @DisplayName("R-DSP-4: a case whose description carries an identity number is refused with problem+json and not written")
    void R_DSP_4_identity_number_in_a_case_is_refused_and_nothing_is_written() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long au = fixtures.bodyId("AU");
        String title = "Utskrivningsklare pasienter " + Fixtures.unique();
        String body = "{\"bodyId\":" + au + ",\"text\":{\"title\":\"" + title + "\",\"description\":"
                + "\"Gjelder pasient 01.01.90 124 80 på medisinsk avdeling\",\"areaIds\":[],\"priorityGroupIds\":[]}}";

        HttpResponse<String> refused = Http.post("api/cases", secretariat, PASSWORD, "application/json", body);
        HttpResponse<String> accepted = Http.post("api/cases", secretariat, PASSWORD, "application/json",
                body.replace("01.01.90 124 80", "01.01.90 124 81"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(problem.getString("ruleId")).isEqualTo("R-DSP-4");
        assertThat(problem.getString("field")).isEqualTo("description");
        assertThat(problem.getString("detail")).contains("fødselsnummer").doesNotContain("124 80");
        assertThat(accepted.statusCode()).as("a wrong control digit is no identity number").isEqualTo(201);
        assertThat(fixtures.count("SELECT COUNT(c) FROM CaseFile c WHERE c.title = ?1", title)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-DSP-4: a partner's address with an identity number is refused too, by the guard under every record")
    void R_DSP_4_identity_number_in_a_partner_address_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long partner = fixtures.partnerId("3222");
        long version = fixtures.reload(partner).getVersion();
        String before = fixtures.reload(partner).getContact().postalAddress();

        HttpResponse<String> refused = Http.put("api/partners/" + partner, secretariat, PASSWORD,
                Json.createObjectBuilder().add("version", version).add("archiveEnabled", false)
                        .add("postalAddress", "Gjelder pasient 150385 45660").build().toString(), null);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(problem.getString("ruleId")).isEqualTo("R-DSP-4");
        assertThat(problem.getString("field")).isEqualTo("postalAddress");
        assertThat(fixtures.reload(partner).getContact().postalAddress()).isEqualTo(before);
        assertThat(fixtures.reload(partner).getVersion()).isEqualTo(version);
    }

    @Test
    @DisplayName("R-DSP-4: a decision's correction whose reason carries an identity number reaches no archive; a reason of 200 kB is refused")
    void R_DSP_4_a_correction_reason_with_an_identity_number_reaches_no_archive() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long decision = decision(secretariat);
        long version = fixtures.single(Long.class, "SELECT d.version FROM Decision d WHERE d.id = ?1", decision);
        long caseId = fixtures.single(Long.class, "SELECT d.caseFile.id FROM Decision d WHERE d.id = ?1", decision);
        String outbox = "SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Case' AND o.aggregateId = ?1";

        HttpResponse<String> refused = Http.put("api/decisions/" + decision, secretariat, PASSWORD,
                correction(version, "Pasient 01019012480 rettet"), null);
        HttpResponse<String> hyphenated = Http.put("api/decisions/" + decision, secretariat, PASSWORD,
                correction(version, "Pasient 010190-12480 rettet"), null);
        HttpResponse<String> huge = Http.put("api/decisions/" + decision, secretariat, PASSWORD,
                correction(version, "x".repeat(200_000)), null);

        for (HttpResponse<String> answer : java.util.List.of(refused, hyphenated)) {
            assertThat(answer.statusCode()).isEqualTo(422);
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertThat(problem.getString("ruleId")).isEqualTo("R-DSP-4");
            assertThat(problem.getString("field")).isEqualTo("reason");
        }
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(huge.body())).readObject().getString("field")).isEqualTo("reason");
        assertThat(fixtures.count(outbox, caseId)).as("no archive message for a refused correction").isZero();
        assertThat(fixtures.single(Long.class, "SELECT d.version FROM Decision d WHERE d.id = ?1", decision)).isEqualTo(version);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.payload LIKE '%12480%'")).isZero();
    }

    @Test
    @DisplayName("R-DSP-4: an archive's receipt with an identity number, or longer than its column, is refused and not stored")
    void R_DSP_4_an_archive_receipt_with_an_identity_number_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String archive = fixtures.user(Role.ARCHIVE_SYSTEM, "3207");
        long decision = decision(secretariat);
        long version = fixtures.single(Long.class, "SELECT d.version FROM Decision d WHERE d.id = ?1", decision);
        long caseId = fixtures.single(Long.class, "SELECT d.caseFile.id FROM Decision d WHERE d.id = ?1", decision);
        assertThat(Http.put("api/decisions/" + decision, secretariat, PASSWORD, correction(version, "Skrivefeil"), null)
                .statusCode()).isEqualTo(204);
        String messageId = fixtures.single(String.class, """
                SELECT o.messageId FROM OutboxMessage o WHERE o.aggregateType = 'Case' AND o.aggregateId = ?1
                AND o.recipientPartnerId = ?2""", caseId, fixtures.partnerId("3207"));
        String receipts = "SELECT COUNT(r) FROM ArchiveReceipt r WHERE r.message.messageId = ?1";

        HttpResponse<String> named = receipt(archive, messageId, "registreringKvittering",
                "<systemID>Pasient 010190/12480</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>");
        HttpResponse<String> failed = receipt(archive, messageId, "registreringFeilet",
                "<feilmelding>Ukjent part 01019012480</feilmelding>");
        HttpResponse<String> longId = receipt(archive, messageId, "registreringKvittering",
                "<systemID>" + "A".repeat(201) + "</systemID><opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>");
        HttpResponse<String> longError = receipt(archive, messageId, "registreringFeilet",
                "<feilmelding>" + "feil ".repeat(600) + "</feilmelding>");

        assertThat(named.statusCode()).isEqualTo(422);
        assertThat(failed.statusCode()).isEqualTo(422);
        assertThat(longId.statusCode()).isEqualTo(400);
        assertThat(longError.statusCode()).isEqualTo(400);
        assertThat(java.util.List.of(named, failed, longId, longError)).allSatisfy(answer -> assertThat(
                answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json"));
        assertThat(fixtures.count(receipts, messageId)).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"010190-12480", "010190/12480", "010190\u201312480",
            "010190_12480", "010190\n12480", "010190\t12480", "010190  12480", "010190,12480", "0101\u200B9012480",
            "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF14\uFF18\uFF10"})
    @DisplayName("R-DSP-4: every common spelling of an identity number is refused through the API")
    void R_DSP_4_every_spelling_is_refused_through_the_api(String spelling) throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String title = "Sak " + Fixtures.unique();
        String body = Json.createObjectBuilder().add("bodyId", fixtures.bodyId("AU")).add("text", Json.createObjectBuilder()
                .add("title", title).add("description", "Gjelder pasient " + spelling)
                .add("areaIds", Json.createArrayBuilder()).add("priorityGroupIds", Json.createArrayBuilder())).build().toString();

        HttpResponse<String> refused = Http.post("api/cases", secretariat, PASSWORD, "application/json", body);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fixtures.count("SELECT COUNT(c) FROM CaseFile c WHERE c.title = ?1", title)).isZero();
    }

    private long decision(String secretariat) throws Exception {
        java.time.LocalDateTime start = java.time.LocalDate.now().plusDays(40).atTime(10, 0);
        long committee = fixtures.committee();
        long meeting = As.user(secretariat, () -> meetings.create(new no.samhandling.meeting.boundary.NewMeeting(committee,
                "Møte " + Fixtures.unique(), start, start.plusHours(2), "Ahus", null)));
        return fixtures.decisionOf(fixtures.followUpAction(committee, meeting, fixtures.partnerId("3205"),
                "Tiltak " + Fixtures.unique(), java.time.LocalDate.now().plusDays(90)));
    }

    private static String correction(long version, String reason) {
        return Json.createObjectBuilder().add("version", version).add("text", "Rettet vedtak.").add("reason", reason)
                .build().toString();
    }

    private static HttpResponse<String> receipt(String archive, String messageId, String element, String content)
            throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v1">
                  <%s>%s</%s>
                </arkivmeldingKvittering>""".formatted(element, content, element).strip();
        return Http.post("api/archive/messages/" + messageId + "/receipt", archive, PASSWORD, "application/xml", xml);
    }
}
