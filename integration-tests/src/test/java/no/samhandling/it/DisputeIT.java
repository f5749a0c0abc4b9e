package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.dispute.boundary.Closure;
import no.samhandling.dispute.boundary.DisputeDetails;
import no.samhandling.dispute.boundary.DisputeLine;
import no.samhandling.dispute.boundary.DisputeQuery;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.Escalation;
import no.samhandling.dispute.boundary.Escalation.MemberInput;
import no.samhandling.dispute.boundary.NewDispute;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.dispute.entity.DisputeStep;
import no.samhandling.dispute.entity.DisputeSubject;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
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
import java.util.List;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disputes of §6 on a real server: the ladder, who may see and act, archive messages per concerned party. */
@ExtendWith(ArquillianExtension.class)
class DisputeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DisputeService disputes;

    @Inject
    ArchiveQueue archiveQueue;

    @Inject
    CaseService cases;

    @Test
    @DisplayName("R-DSP-2, R-DSP-3: a bilateral dispute climbs the ladder to the national board; each change archived once by the hospital and the municipality")
    void R_DSP_3_a_dispute_climbs_the_ladder_and_each_change_is_archived_by_both_parties() throws Exception {
        String lillestromAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String hospitalAdmin = fixtures.user(Role.HOSPITAL_ADMIN, "HF");
        long lillestrom = fixtures.partnerId("3205");
        long hospital = fixtures.hospital().getId();
        String title = "Uenighet om retningslinje for utskrivning " + Fixtures.unique();
        LocalDate today = LocalDate.now();

        long id = As.user(lillestromAdmin, () -> disputes.open(new NewDispute(DisputeKind.AGREEMENT,
                DisputeSubject.GUIDELINE, title, "Partene tolker retningslinjen ulikt", lillestrom, lillestrom,
                today.minusDays(40), null)));
        As.user(lillestromAdmin, () -> disputes.escalate(id, new Escalation(version(id), DisputeStep.SSU_DISCUSSION,
                today.minusDays(30), lillestrom, "Ikke løst i linjen", null)));

        assertThatThrownBy(() -> As.user(hospitalAdmin, () -> disputes.escalate(id, new Escalation(version(id),
                DisputeStep.NEGOTIATION_COMMITTEE, today.minusDays(20), hospital, "SSU oppnevner utvalg",
                List.of(new MemberInput("Kari Nordmann", hospital))))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-2"));
        assertThatThrownBy(() -> As.user(lillestromAdmin, () -> disputes.escalate(id, new Escalation(version(id),
                DisputeStep.NEGOTIATION_COMMITTEE, today.minusDays(20), hospital, "For sykehuset", null))))
                .as("an administrator acts only for their own party").isInstanceOf(Forbidden.class);
        assertThat(archived(id)).as("refused steps leave no message").isEqualTo(4);

        As.user(hospitalAdmin, () -> disputes.escalate(id, new Escalation(version(id), DisputeStep.NEGOTIATION_COMMITTEE,
                today.minusDays(20), hospital, "SSU oppnevner utvalg", List.of(new MemberInput("Kari Nordmann", hospital),
                new MemberInput("Ola Nordmann", lillestrom)))));
        assertThatThrownBy(() -> As.user(lillestromAdmin, () -> disputes.escalate(id, new Escalation(version(id),
                DisputeStep.NATIONAL_BOARD, today.minusDays(21), lillestrom, "For tidlig", null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-3"));
        DisputeDetails atBoard = As.user(lillestromAdmin, () -> disputes.escalate(id, new Escalation(version(id),
                DisputeStep.NATIONAL_BOARD, today, lillestrom, "Utvalget ble ikke enige", null)));

        assertThat(atBoard.steps()).extracting(DisputeDetails.StepLine::step).containsExactly(DisputeStep.LOWEST_LEVEL,
                DisputeStep.SSU_DISCUSSION, DisputeStep.NEGOTIATION_COMMITTEE, DisputeStep.NATIONAL_BOARD);
        assertThat(atBoard.steps().get(2).members()).containsExactly("Kari Nordmann (Akershus universitetssykehus HF)",
                "Ola Nordmann (Lillestrøm)");
        assertThat(atBoard.nextStep()).isNull();
        assertThat(archived(id)).as("opened + 3 steps, hospital and Lillestrøm each").isEqualTo(8);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Dispute' "
                + "AND o.aggregateId = ?1 AND o.recipientPartnerId NOT IN (?2, ?3)", id, hospital, lillestrom))
                .as("no other municipality hears of it").isZero();

        DisputeDetails resolved = As.user(hospitalAdmin, () -> disputes.close(id, new Closure(version(id),
                DisputeStatus.RESOLVED, today, "Nemnda ga kommunen medhold")));
        assertThat(resolved.line().status()).isEqualTo(DisputeStatus.RESOLVED);
        assertThatThrownBy(() -> As.user(lillestromAdmin, () -> disputes.close(id, new Closure(version(id),
                DisputeStatus.WITHDRAWN, today, "Igjen"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-3"));
        List<Message> received = archiveQueue.receive(lillestrom, "Dispute", id).stream()
                .filter(m -> !ArchiveQueue.property(m, "type").equals("dispute.opened"))
                .toList();
        assertThat(received).extracting(m -> ArchiveQueue.property(m, "type")).containsExactlyInAnyOrder("dispute.escalated",
                "dispute.escalated", "dispute.escalated", "dispute.resolved");
        Message closing = received.stream().filter(m -> ArchiveQueue.property(m, "type").equals("dispute.resolved"))
                .findFirst().orElseThrow();
        FiksArkivSchema.validate(closing.getBody(String.class));
        assertThat(closing.getBody(String.class)).contains("Nemnda ga kommunen medhold");
    }

    @Test
    @DisplayName("R-DSP-1: a patient case is bilateral and stops at the leadership meeting; a municipality sees its own and community-wide disputes only")
    void R_DSP_1_patient_case_and_the_register_by_access() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String nesoddenAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        long lillestrom = fixtures.partnerId("3205");
        long nesodden = fixtures.partnerId("3212");
        long hospital = fixtures.hospital().getId();
        String marker = Fixtures.unique();

        long patient = As.user(secretariat, () -> disputes.open(new NewDispute(DisputeKind.PATIENT_CASE, null,
                "Uenighet om utskrivning " + marker, null, lillestrom, hospital, LocalDate.now(), null)));
        long wide = As.user(secretariat, () -> disputes.open(new NewDispute(DisputeKind.AGREEMENT,
                DisputeSubject.ROUTINE, "Felles rutine for innleggelse " + marker, null, null, nesodden,
                LocalDate.now(), null)));
        As.user(secretariat, () -> disputes.escalate(patient, new Escalation(version(patient),
                DisputeStep.LEADERSHIP_MEETING, LocalDate.now(), hospital, "Klinikksjef og kommunalsjef møtes", null)));

        assertThatThrownBy(() -> As.user(secretariat, () -> disputes.escalate(patient, new Escalation(version(patient),
                DisputeStep.SSU_DISCUSSION, LocalDate.now(), hospital, "Videre", null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DSP-1"));
        List<DisputeLine> seenByNesodden = As.user(nesoddenAdmin, () -> disputes.list(
                new DisputeQuery(null, null, null, DisputeStatus.OPEN)));
        assertThat(seenByNesodden).extracting(DisputeLine::id).contains(wide).doesNotContain(patient);
        assertThatThrownBy(() -> As.user(nesoddenAdmin, () -> disputes.details(patient))).isInstanceOf(NotFound.class);
        assertThat(As.user(secretariat, () -> disputes.list(new DisputeQuery(lillestrom, DisputeKind.PATIENT_CASE,
                DisputeStep.LEADERSHIP_MEETING, DisputeStatus.OPEN)))).extracting(DisputeLine::id).contains(patient)
                .doesNotContain(wide);
        HttpResponse<String> allCsv = Http.get("api/disputes/export.csv?status=OPEN", secretariat, PASSWORD);
        HttpResponse<String> nesoddenCsv = Http.get("api/disputes/export.csv?status=OPEN", nesoddenAdmin, PASSWORD);
        HttpResponse<String> deadlinesCsv = Http.get("api/deadlines/export.csv", nesoddenAdmin, PASSWORD);
        assertThat(allCsv.statusCode()).as(allCsv.body()).isEqualTo(200);
        assertThat(allCsv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(allCsv.body()).startsWith("\uFEFFNummer;Tittel;Type").contains("Uenighet om utskrivning " + marker)
                .contains("Felles rutine for innleggelse " + marker);
        assertThat(nesoddenCsv.body()).as("the export hides what the register hides")
                .contains("Felles rutine for innleggelse " + marker).doesNotContain("Uenighet om utskrivning " + marker);
        assertThat(deadlinesCsv.statusCode()).isEqualTo(200);
        assertThat(deadlinesCsv.body()).startsWith("\uFEFFDato;Frist;Gjelder;Forfalt\r\n");

        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Dispute' "
                + "AND o.aggregateId = ?1", wide)).as("community-wide: every party")
                .isEqualTo(fixtures.count("SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'"));
    }

    @Test
    @DisplayName("R-DSP-4: the API refuses an identity number in a dispute, a skipped step and a patient case without municipality with problem+json")
    void R_DSP_4_api_refuses_identity_numbers_and_bad_steps() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long lillestrom = fixtures.partnerId("3205");
        String marker = Fixtures.unique();
        String base = "{\"kind\":\"PATIENT_CASE\",\"municipalityId\":" + lillestrom + ",\"raisedByPartnerId\":" + lillestrom
                + ",\"openedOn\":\"" + LocalDate.now() + "\",\"title\":\"Utskrivning " + marker + "\"";

        HttpResponse<String> withNumber = Http.post("api/disputes", secretariat, PASSWORD, "application/json",
                base + ",\"description\":\"Gjelder 150385 45660\"}");
        HttpResponse<String> withoutMunicipality = Http.post("api/disputes", secretariat, PASSWORD, "application/json",
                base.replace("\"municipalityId\":" + lillestrom + ",", "") + "}");
        HttpResponse<String> created = Http.post("api/disputes", secretariat, PASSWORD, "application/json", base + "}");
        JsonObject dispute = json(created);
        long id = dispute.getJsonObject("line").getJsonNumber("id").longValue();
        HttpResponse<String> skipped = Http.post("api/disputes/" + id + "/steps", secretariat, PASSWORD,
                "application/json", "{\"version\":" + dispute.getJsonNumber("version") + ",\"step\":\"NATIONAL_BOARD\","
                        + "\"on\":\"" + LocalDate.now() + "\",\"askedByPartnerId\":" + lillestrom + ",\"reason\":\"Rett på\"}");

        assertThat(withNumber.statusCode()).isEqualTo(422);
        assertThat(json(withNumber).getString("ruleId")).isEqualTo("R-DSP-4");
        assertThat(json(withNumber).getString("field")).isEqualTo("description");
        assertThat(withoutMunicipality.statusCode()).isEqualTo(422);
        assertThat(json(withoutMunicipality).getString("ruleId")).isEqualTo("R-DSP-1");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(skipped.statusCode()).isEqualTo(422);
        assertThat(fixtures.count("SELECT COUNT(d) FROM Dispute d WHERE d.title = ?1", "Utskrivning " + marker))
                .as("only the accepted one is written").isEqualTo(1);
    }

    @Test
    @DisplayName("R-DSP-2: a dispute over a guideline can start from a case that did not reach consensus, not from an open one")
    void R_DSP_2_a_dispute_starts_from_a_case_without_consensus() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long lillestrom = fixtures.partnerId("3205");
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Felles retningslinje for legemiddelhåndtering " + Fixtures.unique(), null, null, false,
                        null, false, null, java.util.Set.of(), java.util.Set.of()))));
        NewDispute fromCase = new NewDispute(DisputeKind.AGREEMENT, DisputeSubject.GUIDELINE, "Uenighet etter SSU-sak",
                null, null, lillestrom, LocalDate.now(), caseId);

        assertThatThrownBy(() -> As.user(secretariat, () -> disputes.open(fromCase)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("caseId"));
        fixtures.noConsensus(caseId);
        long id = As.user(secretariat, () -> disputes.open(fromCase));

        DisputeDetails details = As.user(secretariat, () -> disputes.details(id));
        assertThat(details.fromCaseId()).isEqualTo(caseId);
        assertThat(details.fromCaseNumber()).endsWith("/" + LocalDate.now().getYear());
        assertThat(details.line().step()).isEqualTo(DisputeStep.LOWEST_LEVEL);
    }

    private long version(long id) throws Exception {
        return fixtures.count("SELECT d.version FROM Dispute d WHERE d.id = ?1", id);
    }

    private long archived(long id) {
        return fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Dispute' AND o.aggregateId = ?1", id);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
