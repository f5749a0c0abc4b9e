package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseDetails;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseStep;
import no.samhandling.cases.entity.FollowUpStatus;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.meeting.boundary.AttendanceEntry;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.meeting.entity.AttendanceStatus;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case procedure in the running application: two steps across meetings, papers due 14 days ahead, consensus,
 * AU's limits, follow-up, GP input, conflicts of interest, the minutes, and one archive message per party for each
 * decision change.
 */
@ExtendWith(ArquillianExtension.class)
class CaseProcedureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CaseService cases;

    @Inject
    AgendaService agenda;

    @Inject
    MeetingService meetings;

    @Inject
    FollowUpService followUp;

    @Inject
    ArchiveQueue archiveQueue;

    @Test
    @DisplayName("R-CASE-1: a case is discussed at one meeting and decided at a later one, never at step 1; R-CASE-5 consensus; R-CASE-6 follow-up")
    void R_CASE_1_a_case_is_discussed_at_one_meeting_and_decided_at_a_later_one_never_at_step_1() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        Board board = board("SSU");
        long first = meeting(secretariat, "SSU", 30);
        long second = meeting(secretariat, "SSU", 60);
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                text("Felles retningslinje for legemiddelhåndtering " + Fixtures.unique(), true))));
        As.user(secretariat, () -> cases.uploadPaper(caseId, "saksframlegg.pdf", pdf()));
        long discussion = As.user(secretariat, () -> agenda.schedule(first, caseId, null, null));
        fixtures.held(first);
        attend(secretariat, first, board);

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.decide(discussion, "Vedtatt", Set.of())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-1"));
        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.schedule(second, caseId, null, null)))
                .as("a case sits on one open agenda at a time").isInstanceOf(RuleViolation.class);
        As.user(secretariat, () -> agenda.recordDiscussion(discussion, "Innspill: ta med kommunal legevakt."));
        long decisionItem = As.user(secretariat, () -> agenda.schedule(second, caseId, null, null));
        fixtures.held(second);
        attend(secretariat, second, board);
        long hospital = fixtures.hospital().getId();
        long lillestrom = fixtures.partnerId("3205");
        long parties = fixtures.count("SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'");

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.decide(decisionItem, "Vedtatt",
                Set.of(board.municipal()))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-5"));
        assertThat(outbox(caseId)).as("a refused decision leaves no archive message").isZero();
        long decisionId = As.user(secretariat, () -> agenda.decide(decisionItem,
                "SSU slutter seg til retningslinjen.", Set.of()));

        CaseDetails decided = As.user(secretariat, () -> cases.details(caseId));
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.agenda()).extracting(CaseDetails.AgendaLine::step)
                .containsExactly(CaseStep.DISCUSSION, CaseStep.DECISION);
        assertThat(decided.decision().text()).isEqualTo("SSU slutter seg til retningslinjen.");
        assertThat(outbox(caseId)).as("one message per party of the community").isEqualTo(parties);
        for (long party : List.of(hospital, lillestrom)) {
            List<Message> received = archiveQueue.receive(party, "Case", caseId);
            assertThat(received).singleElement().satisfies(m -> {
                assertThat(m.getStringProperty("type")).isEqualTo("case.decision-recorded");
                FiksArkivSchema.validate(m.getBody(String.class));
                assertThat(m.getBody(String.class)).contains("SSU slutter seg til retningslinjen.");
            });
        }

        long action = As.user(secretariat, () -> followUp.add(decisionId, "Innføre retningslinjen i kommunene",
                lillestrom, LocalDate.now().plusMonths(3)));
        assertThatThrownBy(() -> As.user(secretariat, () -> followUp.add(decisionId, "Uten ansvarlig", null,
                LocalDate.now().plusMonths(3))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-6"));
        fixtures.due(action, LocalDate.now().minusDays(1));
        assertThat(As.user(secretariat, () -> followUp.list(true))).filteredOn(l -> l.id() == action)
                .singleElement().satisfies(l -> assertThat(l.overdue()).isTrue());
        String lillestromAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nesoddenAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        long version = As.user(secretariat, () -> followUp.list(true)).stream().filter(l -> l.id() == action)
                .findFirst().orElseThrow().version();
        assertThatThrownBy(() -> As.user(nesoddenAdmin, () -> followUp.report(action, version, FollowUpStatus.DONE, null)))
                .isInstanceOf(Forbidden.class);
        assertThat(As.user(nesoddenAdmin, () -> followUp.reportable())).as("Nesodden is not offered Lillestrøm's action")
                .extracting(FollowUpLine::id).doesNotContain(action);
        List<FollowUpLine> lillestromMay = As.user(lillestromAdmin, () -> followUp.reportable());
        assertThat(lillestromMay).extracting(FollowUpLine::id).contains(action);
        assertThat(lillestromMay).extracting(FollowUpLine::responsibleId).containsOnly(lillestrom);
        assertThat(As.user(secretariat, () -> followUp.reportable())).extracting(FollowUpLine::id).contains(action);
        FollowUpLine done = As.user(lillestromAdmin, () -> followUp.report(action, version, FollowUpStatus.DONE, "Innført"));
        assertThat(done.overdue()).isFalse();
        assertThat(done.completedOn()).isEqualTo(LocalDate.now());
    }

    @Test
    @DisplayName("R-CASE-5: a disqualified member does not count among the deciding parties; no consensus closes the case and is archived")
    void R_CASE_5_a_disqualified_member_does_not_count_and_no_consensus_closes_the_case() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        Board board = board("SSU");
        long caseId = decisionReady(secretariat, "SSU", false);
        long meeting = meeting(secretariat, "SSU", 30);
        long item = As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null));
        fixtures.held(meeting);
        attend(secretariat, meeting, board);
        As.user(secretariat, () -> cases.recordConflictOfInterest(caseId, board.municipal(), "Styreleder i søkerorganisasjonen",
                "SSU i møtet"));

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.decide(item, "Vedtatt", Set.of())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-CASE-5");
                    assertThat(v.messageKey()).isEqualTo("decision.consensus.partiesMissing");
                });
        MeetingDetails details = As.user(secretariat, () -> meetings.details(meeting));
        assertThat(details.agenda()).singleElement().satisfies(e -> assertThat(e.disqualified())
                .singleElement().asString().contains("Styreleder i søkerorganisasjonen"));

        As.user(secretariat, () -> agenda.recordNoConsensus(item, "Kommunene ønsker mer utredning av kostnadene."));
        assertThat(As.user(secretariat, () -> cases.details(caseId)).status()).isEqualTo(CaseStatus.NO_CONSENSUS);
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Case' AND o.aggregateId = ?1 AND o.messageType = 'case.no-consensus'",
                caseId)).isEqualTo(fixtures.count("SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'"));
    }

    @Test
    @DisplayName("R-CASE-4: au does not decide a case with consequences but refers it to ssu as a new case")
    void R_CASE_4_au_does_not_decide_a_case_with_consequences_but_refers_it_to_ssu() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = decisionReady(secretariat, "AU", true);
        long meeting = meeting(secretariat, "AU", 30);
        long item = As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null));
        fixtures.held(meeting);

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.decide(item, "AU vedtar", Set.of())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-4"));
        long inSsu = As.user(secretariat, () -> agenda.refer(item, fixtures.bodyId("SSU"), "Har økonomiske konsekvenser"));

        CaseDetails referred = As.user(secretariat, () -> cases.details(inSsu));
        assertThat(referred.bodyCode()).isEqualTo("SSU");
        assertThat(referred.referredFromId()).isEqualTo(caseId);
        assertThat(As.user(secretariat, () -> cases.details(caseId)).status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(fixtures.count("SELECT COUNT(d) FROM Decision d WHERE d.caseFile.id = ?1", caseId)).isZero();
    }

    @Test
    @DisplayName("R-CASE-3: late papers keep a case off the agenda unless an exception names who and why")
    void R_CASE_3_late_papers_keep_a_case_off_the_agenda_unless_an_exception_names_who_and_why() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                text("Sak med sene papirer " + Fixtures.unique(), false))));
        long soon = meeting(secretariat, "SSU", 10);
        long items = fixtures.count("SELECT COUNT(a) FROM AgendaItem a WHERE a.caseFile.id = ?1", caseId);

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.schedule(soon, caseId, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-3"));
        assertThat(fixtures.count("SELECT COUNT(a) FROM AgendaItem a WHERE a.caseFile.id = ?1", caseId)).isEqualTo(items);
        As.user(secretariat, () -> agenda.schedule(soon, caseId, null, "Frist fra Helsedirektoratet kom 1. desember"));

        CaseDetails details = As.user(secretariat, () -> cases.details(caseId));
        assertThat(details.agenda()).singleElement().satisfies(line -> {
            assertThat(line.paperStatus()).isEqualTo(PaperStatus.EXCEPTION);
            assertThat(line.exceptionBy()).isEqualTo(secretariat);
            assertThat(line.papersDue()).isEqualTo(LocalDate.now().plusDays(10 - 14));
        });
    }

    @Test
    @DisplayName("R-CASE-2: a case without its consequences statement does not go on an agenda")
    void R_CASE_2_a_case_without_its_consequences_statement_does_not_go_on_an_agenda() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Uten konsekvensvurdering " + Fixtures.unique(), null, "Forslag", false, null, null, null,
                        Set.of(), Set.of()))));
        long meeting = meeting(secretariat, "SSU", 40);

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-2"));
    }

    @Test
    @DisplayName("R-CASE-7: a gp gives input on an ssu case; not on au's, and not someone who is not a gp")
    void R_CASE_7_a_gp_gives_input_on_an_ssu_case_not_on_aus_and_not_someone_who_is_not_a_gp() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long gp = fixtures.person("Fastlege " + Fixtures.unique(), Position.GENERAL_PRACTITIONER);
        long adviser = fixtures.person("Rådgiver " + Fixtures.unique(), Position.COOPERATION_ADVISER);
        long ssuCase = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                text("Fastlegeinnspill " + Fixtures.unique(), false))));
        long auCase = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("AU"), null,
                text("AU-sak " + Fixtures.unique(), false))));

        As.user(secretariat, () -> cases.addGpInput(ssuCase, gp, "Fastlegene ber om felles henvisningsmal."));
        assertThatThrownBy(() -> As.user(secretariat, () -> cases.addGpInput(auCase, gp, "Innspill")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-7"));
        assertThatThrownBy(() -> As.user(secretariat, () -> cases.addGpInput(ssuCase, adviser, "Innspill")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-7"));
        assertThat(As.user(secretariat, () -> cases.details(ssuCase)).inputs()).singleElement()
                .satisfies(i -> assertThat(i.text()).isEqualTo("Fastlegene ber om felles henvisningsmal."));
    }

    @Test
    @DisplayName("approved minutes are locked: a decision changes only as a recorded correction, archived once more")
    void approved_minutes_are_locked_and_a_correction_is_recorded_and_archived() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = decisionReady(secretariat, "AU", false);
        long other = decisionReady(secretariat, "AU", false);
        long meeting = meeting(secretariat, "AU", 30);
        long item = As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null));
        long otherItem = As.user(secretariat, () -> agenda.schedule(meeting, other, null, null));
        fixtures.held(meeting);
        long decision = As.user(secretariat, () -> agenda.decide(item, "AU ber sekretariatet utrede saken.", Set.of()));
        As.user(secretariat, () -> meetings.approveMinutes(meeting, null));
        long parties = fixtures.count("SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'");

        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.decide(otherItem, "For sent", Set.of())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("minutes.locked"));
        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.correctDecision(decision, 0, "Ny tekst", " ")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThat(outbox(caseId)).isEqualTo(parties);
        As.user(secretariat, () -> agenda.correctDecision(decision, 0, "AU ber sekretariatet utrede saken innen mars.",
                "Fristen falt ut av protokollen"));

        MeetingDetails details = As.user(secretariat, () -> meetings.details(meeting));
        assertThat(details.minutes().approved()).isTrue();
        assertThat(details.minutes().corrections()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("AU ber sekretariatet utrede saken.");
            assertThat(c.reason()).isEqualTo("Fristen falt ut av protokollen");
        });
        assertThat(outbox(caseId)).as("the correction is one more message per party").isEqualTo(2 * parties);
    }

    @Test
    @DisplayName("the api refuses bad input with problem+json and serves the notice, the minutes and the invitation")
    void the_api_refuses_bad_input_with_problem_json_and_serves_the_notice_minutes_and_invitation() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String nesodden = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        long meeting = meeting(secretariat, "SSU", 45);
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"),
                fixtures.partnerId("3205"), text("API-sak " + Fixtures.unique(), false))));
        As.user(secretariat, () -> cases.uploadPaper(caseId, "saksframlegg.pdf", pdf()));
        HttpResponse<String> scheduled = Http.post("api/cases/" + caseId + "/agenda", secretariat, PASSWORD,
                "application/json", "{\"meetingId\":" + meeting + "}");
        long item = json(scheduled).getJsonNumber("id").longValue();
        fixtures.held(meeting);

        HttpResponse<String> stepOne = Http.post("api/agenda-items/" + item + "/decision", secretariat, PASSWORD,
                "application/json", "{\"text\":\"Vedtatt\"}");
        HttpResponse<String> exe = Http.post("api/cases/" + caseId + "/papers?fileName=program.exe", secretariat,
                PASSWORD, "application/octet-stream", "MZ\u0000binary");
        HttpResponse<String> otherParty = Http.put("api/cases/" + caseId, nesodden, PASSWORD,
                "{\"version\":0,\"text\":{\"title\":\"Kapret\",\"proposalsDiffer\":false,\"hasConsequences\":false}}", "nb");
        HttpResponse<String> pastMeeting = Http.post("api/meetings", secretariat, PASSWORD, "application/json",
                "{\"bodyId\":" + fixtures.bodyId("SSU") + ",\"title\":\"For sent\",\"startsAt\":\"2020-01-01T10:00:00\",\"place\":\"Ahus\"}");

        assertThat(scheduled.statusCode()).isEqualTo(201);
        assertThat(stepOne.statusCode()).isEqualTo(422);
        assertThat(stepOne.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(stepOne).getString("ruleId")).isEqualTo("R-CASE-1");
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(json(exe).getString("field")).isEqualTo("file");
        assertThat(otherParty.statusCode()).isEqualTo(403);
        assertThat(pastMeeting.statusCode()).isEqualTo(400);
        assertThat(json(pastMeeting).getString("field")).isEqualTo("startsAt");
        assertThat(As.user(secretariat, () -> cases.details(caseId)).papers()).hasSize(1);

        HttpResponse<String> notice = Http.get("api/meetings/" + meeting + "/notice.pdf", secretariat, PASSWORD);
        HttpResponse<String> minutes = Http.get("api/meetings/" + meeting + "/minutes.pdf", secretariat, PASSWORD);
        HttpResponse<String> ics = Http.get("api/meetings/" + meeting + "/invitation.ics", secretariat, PASSWORD);
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(notice.body()).startsWith("%PDF-");
        assertThat(minutes.body()).startsWith("%PDF-");
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("UID:meeting-" + meeting + "@");
        HttpResponse<String> paper = Http.get("api/cases/" + caseId + "/papers/"
                + As.user(secretariat, () -> cases.details(caseId)).papers().get(0).id(), secretariat, PASSWORD);
        assertThat(paper.body()).startsWith("%PDF-");
    }

    @Test
    @DisplayName("an absent member has the personal deputy called in, who then decides for the member's party")
    void an_absent_member_has_the_personal_deputy_called_in() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long deputy = fixtures.person("Vara " + Fixtures.unique(), Position.HEAD_OF_HEALTH_SERVICES);
        long member = fixtures.person("Medlem " + Fixtures.unique(), Position.MUNICIPAL_CHIEF_EXECUTIVE);
        fixtures.seat("SSU", member, Party.MUNICIPALITIES, deputy);
        long meeting = meeting(secretariat, "SSU", 20);

        As.user(secretariat, () -> meetings.recordAttendance(meeting, member, AttendanceStatus.ABSENT, null));

        MeetingDetails details = As.user(secretariat, () -> meetings.details(meeting));
        assertThat(details.attendance()).filteredOn(a -> a.personId() == deputy).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AttendanceStatus.DEPUTY));
        assertThat(details.decidingSeats()).anySatisfy(name -> assertThat(name).startsWith("Vara "));
    }

    @Test
    @DisplayName("a case taken off a coming agenda can go on another; a handled one stays")
    void a_case_taken_off_a_coming_agenda_can_go_on_another() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                text("Flyttes " + Fixtures.unique(), false))));
        As.user(secretariat, () -> cases.uploadPaper(caseId, "saksframlegg.pdf", pdf()));
        long first = meeting(secretariat, "SSU", 40);
        long second = meeting(secretariat, "SSU", 70);
        long item = As.user(secretariat, () -> agenda.schedule(first, caseId, null, null));

        As.user(secretariat, () -> agenda.unschedule(item));
        long moved = As.user(secretariat, () -> agenda.schedule(second, caseId, null, null));
        fixtures.held(second);
        As.user(secretariat, () -> agenda.recordDiscussion(moved, "Drøftet"));

        assertThat(As.user(secretariat, () -> cases.details(caseId)).agenda()).singleElement()
                .satisfies(line -> assertThat(line.meetingId()).isEqualTo(second));
        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.unschedule(moved))).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("cases are found by text, number, body, year, collaboration area, priority group, status and proposing party")
    void cases_are_found_by_text_number_body_year_area_group_status_and_proposing_party() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String word = "Søkeord" + Fixtures.unique();
        long area = As.user(secretariat, () -> cases.collaborationAreas()).get(2).id();
        long group = As.user(secretariat, () -> cases.priorityGroups()).get(0).id();
        long lillestrom = fixtures.partnerId("3205");
        long tagged = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("AU"), lillestrom,
                new CaseText("Rutine " + word, null, null, false, null, false, null, Set.of(area), Set.of(group)))));
        long other = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Annen sak", "Bakgrunn med " + word.toLowerCase(), null, false, null, null, null, Set.of(), Set.of()))));
        String number = As.user(secretariat, () -> cases.details(tagged)).number();
        int year = LocalDate.now().getYear();

        assertThat(search(secretariat, new CaseQuery(word, null, null, null, null, null, null))).containsExactlyInAnyOrder(tagged, other);
        assertThat(search(secretariat, new CaseQuery(word, fixtures.bodyId("AU"), year, null, null, CaseStatus.OPEN, null)))
                .containsExactly(tagged);
        assertThat(search(secretariat, new CaseQuery(word, null, null, area, null, null, null))).containsExactly(tagged);
        assertThat(search(secretariat, new CaseQuery(word, null, null, null, group, null, null))).containsExactly(tagged);
        assertThat(search(secretariat, new CaseQuery(word, null, null, null, null, CaseStatus.DECIDED, null))).isEmpty();
        assertThat(search(secretariat, new CaseQuery(number, fixtures.bodyId("AU"), null, null, null, null, null))).contains(tagged);
        assertThat(search(secretariat, new CaseQuery(word, null, null, null, null, null, lillestrom))).containsExactly(tagged);
        assertThat(As.user(secretariat, () -> cases.search(new CaseQuery(word, null, null, null, null, null, lillestrom))))
                .extracting(CaseSummary::proposedBy).containsExactly("Lillestrøm");
    }

    private List<Long> search(String user, CaseQuery query) throws Exception {
        return As.user(user, () -> cases.search(query)).stream().map(c -> c.id()).toList();
    }

    /** Two members with a deciding seat, one for each party, who attend. */
    record Board(long hospital, long municipal) {
    }

    private Board board(String body) {
        long hospital = fixtures.person("Sykehusmedlem " + Fixtures.unique(), Position.HOSPITAL_CEO);
        long municipal = fixtures.person("Kommunemedlem " + Fixtures.unique(), Position.MUNICIPAL_CHIEF_EXECUTIVE);
        fixtures.seat(body, hospital, Party.HOSPITAL, null);
        fixtures.seat(body, municipal, Party.MUNICIPALITIES, null);
        return new Board(hospital, municipal);
    }

    private void attend(String secretariat, long meeting, Board board) throws Exception {
        As.user(secretariat, () -> meetings.recordAttendance(meeting, board.hospital(), AttendanceStatus.PRESENT, null));
        As.user(secretariat, () -> meetings.recordAttendance(meeting, board.municipal(), AttendanceStatus.PRESENT, null));
    }

    /** A case of the body at step 2 with its paper sent today: discussed at a meeting that was held. */
    private long decisionReady(String secretariat, String body, boolean consequences) throws Exception {
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId(body), null,
                text("Sak " + Fixtures.unique(), consequences))));
        As.user(secretariat, () -> cases.uploadPaper(caseId, "saksframlegg.pdf", pdf()));
        long earlier = meeting(secretariat, body, 15);
        long item = As.user(secretariat, () -> agenda.schedule(earlier, caseId, null, null));
        fixtures.held(earlier);
        As.user(secretariat, () -> agenda.recordDiscussion(item, "Drøftet"));
        return caseId;
    }

    @Test
    @DisplayName("R-CASE-3: a meeting held before it was registered is registered afterwards, marked so, its attendance saved as one table, its cases and outcomes recorded (late papers with an exception)")
    void R_CASE_3_a_meeting_held_earlier_is_registered_afterwards_and_its_outcomes_recorded() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        LocalDateTime held = LocalDate.now().minusDays(3).atTime(10, ThreadLocalRandom.current().nextInt(60));
        String title = "AU-møte holdt tidligere " + Fixtures.unique();
        assertThatThrownBy(() -> As.user(secretariat, () -> meetings.create(new NewMeeting(fixtures.bodyId("AU"), title,
                held, held.plusHours(2), "Ahus Nordbyhagen", null))))
                .as("a new meeting in the past, not marked as held").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("startsAt"));
        LocalDateTime coming = LocalDate.now().plusDays(3).atTime(10, 0);
        assertThatThrownBy(() -> As.user(secretariat, () -> meetings.create(new NewMeeting(fixtures.bodyId("AU"), title,
                coming, null, "Ahus Nordbyhagen", null, true))))
                .as("registered afterwards, but not yet held").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("meeting.startsAt.notHeld"));

        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(fixtures.bodyId("AU"), title, held,
                held.plusHours(2), "Ahus Nordbyhagen", null, true)));
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("AU"), null,
                text("Sak fra et møte holdt før registrering " + Fixtures.unique(), false))));
        As.user(secretariat, () -> cases.uploadPaper(caseId, "saksframlegg.pdf", pdf()));
        assertThatThrownBy(() -> As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null)))
                .as("the papers were not sent 14 days before").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.ruleId()).isEqualTo("R-CASE-3"));
        long item = As.user(secretariat, () -> agenda.schedule(meeting, caseId, null,
                "Sakspapirene ble sendt på e-post før møtet, før Samhandling ble tatt i bruk"));
        As.user(secretariat, () -> agenda.recordDiscussion(item, "Drøftet i møtet"));

        long chief = fixtures.person("Kommunedirektør " + Fixtures.unique(), Position.MUNICIPAL_CHIEF_EXECUTIVE);
        long director = fixtures.person("Direktør " + Fixtures.unique(), Position.HOSPITAL_CEO);
        assertThatThrownBy(() -> As.user(secretariat, () -> {
            meetings.recordAttendance(meeting, List.of(new AttendanceEntry(chief, AttendanceStatus.PRESENT, null),
                    new AttendanceEntry(Long.MAX_VALUE, AttendanceStatus.PRESENT, null)));
            return null;
        })).as("one unknown person in the table").isInstanceOf(RuleViolation.class);
        assertThat(As.user(secretariat, () -> meetings.details(meeting)).attendance()).as("the table is saved whole or not at all")
                .noneMatch(a -> a.personId() == chief && a.status() != null);
        As.user(secretariat, () -> {
            meetings.recordAttendance(meeting, List.of(new AttendanceEntry(chief, AttendanceStatus.PRESENT, null),
                    new AttendanceEntry(director, AttendanceStatus.ABSENT, null)));
            return null;
        });

        MeetingDetails details = As.user(secretariat, () -> meetings.details(meeting));
        assertThat(details.registeredAfterwards()).isTrue();
        assertThat(details.attendance()).as("the whole table in one save")
                .anySatisfy(a -> assertThat(a.personId() == chief && a.status() == AttendanceStatus.PRESENT).isTrue())
                .anySatisfy(a -> assertThat(a.personId() == director && a.status() == AttendanceStatus.ABSENT).isTrue());
        assertThat(details.agenda()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AgendaOutcome.DISCUSSED);
            assertThat(e.exceptionReason()).contains("e-post");
        });
        assertThat(As.user(secretariat, () -> meetings.list(0, 100_000))).filteredOn(m -> m.id() == meeting).singleElement()
                .satisfies(m -> assertThat(m.registeredAfterwards()).isTrue());
        assertThat(As.user(secretariat, () -> cases.details(caseId)).step()).isEqualTo(CaseStep.DECISION);
    }

    private long meeting(String secretariat, String body, int daysAhead) throws Exception {
        LocalDateTime start = LocalDate.now().plusDays(daysAhead).atTime(9, ThreadLocalRandom.current().nextInt(60));
        return As.user(secretariat, () -> meetings.create(new NewMeeting(fixtures.bodyId(body),
                body + "-møte " + Fixtures.unique(), start, start.plusHours(3), "Ahus Nordbyhagen", null)));
    }

    private long outbox(long caseId) {
        return fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'Case' AND o.aggregateId = ?1",
                caseId);
    }

    private static CaseText text(String title, boolean consequences) {
        return new CaseText(title, "Bakgrunn for saken.", "Forslag til vedtak.", false, null, consequences,
                consequences ? "Kommunene må sette av ressurser til opplæring." : null, Set.of(), Set.of());
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n% saksframlegg\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
