package no.samhandling.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.funds.boundary.FundService;
import no.samhandling.funds.boundary.FundStatement;
import no.samhandling.funds.boundary.NewSpending;
import no.samhandling.funds.entity.SpendingKind;
import no.samhandling.info.boundary.ChangeNoticeLine;
import no.samhandling.info.boundary.ChangeNoticeService;
import no.samhandling.info.boundary.NewChangeNotice;
import no.samhandling.info.entity.ChangeKind;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.platform.control.Resources;
import no.samhandling.publication.boundary.AnnualReportService;
import no.samhandling.publication.boundary.AnnualReportView;
import no.samhandling.publication.boundary.NewsletterService;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.strategy.boundary.NewMeasure;
import no.samhandling.strategy.boundary.StrategyDetails;
import no.samhandling.strategy.boundary.StrategyService;
import no.samhandling.strategy.entity.MeasureStatus;
import no.samhandling.user.entity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The partnership's information duties: change notices, newsletters, the annual report, the strategy's action plan,
 * the shared funds.
 */
@ExtendWith(ArquillianExtension.class)
class InformationDutiesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ChangeNoticeService notices;

    @Inject
    DeadlineService deadlines;

    @Inject
    NewsletterService newsletters;

    @Inject
    AnnualReportService reports;

    @Inject
    FundService funds;

    @Inject
    MeetingService meetings;

    @Inject
    StrategyService strategies;

    @AfterEach
    void releaseClock() {
        Resources.release();
    }

    /** A year no other run uses, far ahead, so that each run starts with it empty. */
    private static int freshYear() {
        return 2100 + ThreadLocalRandom.current().nextInt(800);
    }

    @Test
    @DisplayName("R-INFO-1: a change notice reaches every other party, who acknowledges it; the secretariat sees who has not")
    void R_INFO_1_a_change_notice_is_acknowledged_by_the_other_parties_and_the_secretariat_sees_who_has_not() throws Exception {
        String lillestrom = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nesodden = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        String title = "Ny rutine for utskrivning " + Fixtures.unique();
        long area = fixtures.collaborationAreaId(1);
        long before = fixtures.count("SELECT COUNT(n) FROM ChangeNotice n");

        assertThatThrownBy(() -> As.user(lillestrom, () -> notices.announce(new NewChangeNotice(null, " ",
                "Beskrivelse", ChangeKind.ROUTINE, LocalDate.now().plusDays(10), Set.of(area)))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("title"));
        assertThat(fixtures.count("SELECT COUNT(n) FROM ChangeNotice n")).as("nothing half-written").isEqualTo(before);
        assertThatThrownBy(() -> As.user(member, () -> notices.announce(new NewChangeNotice(null, title, "x",
                ChangeKind.ROUTINE, LocalDate.now(), Set.of())))).isInstanceOf(EJBAccessException.class);

        long id = As.user(lillestrom, () -> notices.announce(new NewChangeNotice(fixtures.partnerId("3212"), title,
                "Kommunen innfører felles sjekkliste ved utskrivning fra sykehus.", ChangeKind.ROUTINE,
                LocalDate.now().plusDays(10), Set.of(area))));

        ChangeNoticeLine seenByNesodden = line(nesodden, id);
        assertThat(seenByNesodden.partner()).as("an administrator announces for their own party").isEqualTo("Lillestrøm");
        assertThat(seenByNesodden.mayAcknowledge()).isTrue();
        assertThat(seenByNesodden.areas()).hasSize(1);
        assertThat(seenByNesodden.missing()).contains("Nesodden", "Akershus universitetssykehus HF").doesNotContain("Lillestrøm");
        assertThat(As.user(nesodden, () -> deadlines.mine(30))).as("on the start page of each other party")
                .anyMatch(d -> d.kind() == DeadlineKind.CHANGE_NOTICE && d.subject().contains(title));
        assertThat(As.user(lillestrom, () -> deadlines.mine(30))).as("not on the announcer's own")
                .noneMatch(d -> d.kind() == DeadlineKind.CHANGE_NOTICE && d.subject().contains(title));
        assertThatThrownBy(() -> As.user(lillestrom, () -> {
            notices.acknowledge(id, null);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-INFO-1"));

        As.user(nesodden, () -> {
            notices.acknowledge(id, null);
            return null;
        });
        As.user(nesodden, () -> {
            notices.acknowledge(id, null);
            return null;
        });

        ChangeNoticeLine seenBySecretariat = line(secretariat, id);
        assertThat(seenBySecretariat.acknowledgedBy()).as("once").containsExactly("Nesodden");
        assertThat(seenBySecretariat.missing()).doesNotContain("Nesodden").contains("Eidsvoll");
        assertThat(line(nesodden, id).mayAcknowledge()).isFalse();
        assertThat(As.user(nesodden, () -> deadlines.mine(30)))
                .noneMatch(d -> d.kind() == DeadlineKind.CHANGE_NOTICE && d.subject().contains(title));

        HttpResponse<String> api = Http.post("api/change-notices", lillestrom, Fixtures.PASSWORD, "application/json",
                "{\"title\":\"Ny organisering " + Fixtures.unique() + "\",\"description\":\"Legevakten flyttes.\","
                        + "\"kind\":\"ORGANISATION\",\"effectiveFrom\":\"" + LocalDate.now().plusMonths(1) + "\"}");
        HttpResponse<String> bad = Http.post("api/change-notices", lillestrom, Fixtures.PASSWORD, "application/json",
                "{\"title\":\"Uten dato\",\"description\":\"x\",\"kind\":\"ROUTINE\"}");
        assertThat(api.statusCode()).isEqualTo(201);
        assertThat(api.body()).contains("\"partner\":\"Lillestrøm\"");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("effectiveFrom");
    }

    @Test
    @DisplayName("R-PUB-1: three newsletters a year, dated in their year; a third of the year without one is on the start page")
    void R_PUB_1_newsletters_are_dated_in_their_year_and_a_third_without_one_is_flagged() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        int year = freshYear();
        long decision = decision(secretariat, fixtures.committee());
        Resources.fixAt(ZonedDateTime.of(year, 6, 10, 9, 0, 0, 0, Resources.OSLO).toInstant());
        long before = fixtures.count("SELECT COUNT(n) FROM Newsletter n");

        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.plan(year, 1, "Nyhetsbrev 1",
                LocalDate.of(year + 1, 2, 1), null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-PUB-1");
                    assertThat(v.field()).isEqualTo("plannedOn");
                });
        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.plan(year, 4, "Nyhetsbrev 4",
                LocalDate.of(year, 11, 1), null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
        assertThat(fixtures.count("SELECT COUNT(n) FROM Newsletter n")).as("nothing half-written").isEqualTo(before);

        List<Deadline> due = As.user(secretariat, () -> deadlines.mine(90));
        assertThat(due).anyMatch(d -> d.kind() == DeadlineKind.NEWSLETTER_MISSING && d.subject().equals(year + " 1/3")
                && d.due().equals(LocalDate.of(year, 4, 30)) && d.overdue());
        assertThat(due).anyMatch(d -> d.kind() == DeadlineKind.NEWSLETTER_MISSING && d.subject().equals(year + " 2/3")
                && d.due().equals(LocalDate.of(year, 8, 31)) && !d.overdue());

        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.plan(year, 1, "Nyhetsbrev nr. 1",
                LocalDate.of(year, 2, 15), null, Set.of(Long.MAX_VALUE))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("decisionId"));
        long first = As.user(secretariat, () -> newsletters.plan(year, 1, "Nyhetsbrev nr. 1", LocalDate.of(year, 2, 15),
                "Ny samarbeidsavtale; årsrapporten", Set.of(decision)));
        assertThat(As.user(secretariat, () -> newsletters.list())).filteredOn(n -> n.id() == first).singleElement()
                .satisfies(n -> assertThat(n.decisions()).singleElement()
                        .satisfies(d -> assertThat(d.label()).contains("Vedtatt sak")));
        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.plan(year, 1, "Igjen", LocalDate.of(year, 3, 1), null, null)))
                .as("each number once a year").isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.publish(first, 0, LocalDate.of(year, 7, 1))))
                .as("not published in the future").isInstanceOf(RuleViolation.class);
        As.user(secretariat, () -> newsletters.publish(first, 0, LocalDate.of(year, 3, 1)));
        assertThatThrownBy(() -> As.user(secretariat, () -> newsletters.publish(first, 0, LocalDate.of(year, 3, 2))))
                .isInstanceOf(StaleVersion.class);

        assertThat(As.user(secretariat, () -> deadlines.mine(90))).as("the first third has its newsletter")
                .noneMatch(d -> d.kind() == DeadlineKind.NEWSLETTER_MISSING && d.subject().equals(year + " 1/3"))
                .anyMatch(d -> d.kind() == DeadlineKind.NEWSLETTER_MISSING && d.subject().equals(year + " 2/3"));
    }

    @Test
    @DisplayName("R-PUB-1: the annual report of a seeded year is drafted from the records, as text and as PDF; the partnership meeting approves it")
    void R_PUB_1_the_annual_report_is_drafted_from_the_records_and_approved_by_the_partnership_meeting() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        int seeded = LocalDate.now().getYear();

        AnnualReportView draft = As.user(secretariat, () -> reports.draft(seeded));
        assertThat(draft.text()).startsWith("# Årsrapport " + seeded + " – Helsefellesskapet")
                .contains("## Møter").contains("## Vedtak").contains("## Oppfølging av vedtak").contains("## Tvister")
                .contains("## Samarbeidsavtalen").contains("## Medlemskap").contains("## Felles administrative midler")
                .containsPattern("(- .+: \\d+ møter|Ingen møter ble holdt)")
                .containsPattern("\\d+ åpnet, \\d+ løst, \\d+ trukket");
        HttpResponse<byte[]> pdf = Http.download("api/annual-reports/" + seeded + "/report.pdf", secretariat, Fixtures.PASSWORD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Årsrapport " + seeded).contains("Møter").contains("Utkast – ikke godkjent");
        }

        int year = freshYear();
        AnnualReportView other = As.user(secretariat, () -> reports.draft(year));
        AnnualReportView edited = As.user(secretariat, () -> reports.edit(year, other.version(),
                other.text() + "\nSekretariatets kommentar."));
        long committee = fixtures.committee();
        long ssuDecision = decision(secretariat, committee);
        long partnershipDecision = decision(secretariat, fixtures.bodyId("PM"));
        assertThatThrownBy(() -> As.user(secretariat, () -> reports.approve(year, edited.version(), ssuDecision)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
        AnnualReportView approved = As.user(secretariat, () -> reports.approve(year, edited.version(), partnershipDecision));
        assertThat(approved.approvedOn()).isNotNull();
        assertThat(approved.approvedBy()).startsWith("PM ");
        assertThatThrownBy(() -> As.user(secretariat, () -> reports.edit(year, approved.version(), "Endret")))
                .as("approved, it no longer changes").isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
    }

    @Test
    @DisplayName("R-COST-1: the shared funds' spending beyond the budget needs a decision; balance and statement")
    void R_COST_1_spending_beyond_the_budget_is_refused_without_a_decision() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        int year = freshYear();
        long decision = decision(secretariat, fixtures.committee());

        As.user(secretariat, () -> funds.setBudget(year, null, new BigDecimal("10000.00"), null));
        As.user(secretariat, () -> funds.spend(new NewSpending(LocalDate.of(year, 3, 12), new BigDecimal("6000"),
                "Fagdag om utskrivning", SpendingKind.PROFESSIONAL_DAY, null)));
        long before = fixtures.count("SELECT COUNT(s) FROM FundSpending s");
        assertThatThrownBy(() -> As.user(secretariat, () -> funds.spend(new NewSpending(LocalDate.of(year, 5, 2),
                new BigDecimal("5000"), "Felles konferanse", SpendingKind.JOINT_EVENT, null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-COST-1");
                    assertThat(v.field()).isEqualTo("decisionId");
                });
        assertThat(fixtures.count("SELECT COUNT(s) FROM FundSpending s")).as("nothing half-written").isEqualTo(before);
        assertThatThrownBy(() -> As.user(admin, () -> funds.spend(new NewSpending(LocalDate.of(year, 5, 2),
                new BigDecimal("10"), "Kaffe", SpendingKind.OTHER, null)))).as("AU keeps the funds")
                .isInstanceOf(EJBAccessException.class);

        As.user(secretariat, () -> funds.spend(new NewSpending(LocalDate.of(year, 5, 2), new BigDecimal("5000"),
                "Felles konferanse", SpendingKind.JOINT_EVENT, decision)));
        FundStatement statement = As.user(admin, () -> funds.statement(year));
        assertThat(statement.budget()).isEqualByComparingTo("10000");
        assertThat(statement.spent()).isEqualByComparingTo("11000");
        assertThat(statement.balance()).isEqualByComparingTo("-1000");
        assertThat(statement.lines()).extracting(FundStatement.Line::purpose)
                .containsExactly("Fagdag om utskrivning", "Felles konferanse");
        assertThat(statement.lines().get(1).decision()).isNotNull();
        assertThatThrownBy(() -> As.user(secretariat, () -> funds.setBudget(year, null, new BigDecimal("12000"), null)))
                .as("changed since").isInstanceOf(StaleVersion.class);

        HttpResponse<String> csv = Http.get("api/funds/" + year + "/statement.csv", admin, Fixtures.PASSWORD);
        HttpResponse<byte[]> pdf = Http.download("api/funds/" + year + "/statement.pdf", admin, Fixtures.PASSWORD);
        HttpResponse<String> beyond = Http.post("api/funds/" + year + "/spending", secretariat, Fixtures.PASSWORD,
                "application/json", "{\"spentOn\":\"" + year + "-06-01\",\"amount\":1,\"purpose\":\"Mer\",\"kind\":\"OTHER\"}");
        assertThat(csv.body()).contains("Fagdag om utskrivning").contains("6000,00").contains("Saldo");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Felles administrative midler " + year)
                    .contains("Felles konferanse");
        }
        assertThat(beyond.statusCode()).as("a rule refused").isEqualTo(422);
        assertThat(beyond.body()).contains("R-COST-1");
    }

    @Test
    @DisplayName("R-PUB-1: the action plan of a strategy year, measures with a responsible party, approved by the partnership meeting, rolled yearly")
    void R_PUB_1_the_action_plan_has_measures_with_a_responsible_party_and_is_rolled_yearly() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String lillestrom = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nesodden = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        int year = freshYear();
        long strategyId = As.user(secretariat, () -> strategies.createStrategy("Strategi " + year, year, year + 3,
                "Visjon"));
        long goal = As.user(secretariat, () -> strategies.addGoal(strategyId, "Helhetlige pasientforløp", null));
        assertThatThrownBy(() -> As.user(secretariat, () -> strategies.plan(strategyId, year - 1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-PUB-1");
                    assertThat(v.field()).isEqualTo("year");
                });
        long plan = As.user(secretariat, () -> strategies.plan(strategyId, year));
        long before = fixtures.count("SELECT COUNT(m) FROM ActionMeasure m");
        assertThatThrownBy(() -> As.user(secretariat, () -> strategies.addMeasure(plan, new NewMeasure(goal,
                "Felles rutine for utskrivning", null, LocalDate.of(year, 6, 30)))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-PUB-1");
                    assertThat(v.field()).isEqualTo("responsiblePartnerId");
                });
        assertThat(fixtures.count("SELECT COUNT(m) FROM ActionMeasure m")).as("nothing half-written").isEqualTo(before);
        String routine = "Felles rutine for utskrivning " + Fixtures.unique();
        String training = "Opplæring i ny rutine " + Fixtures.unique();
        As.user(secretariat, () -> strategies.addMeasure(plan, new NewMeasure(goal, routine, fixtures.partnerId("3205"),
                LocalDate.of(year, 6, 30))));
        As.user(secretariat, () -> strategies.addMeasure(plan, new NewMeasure(goal, training, fixtures.partnerId("3212"),
                LocalDate.of(year, 9, 30))));

        StrategyDetails.Measure first = measure(secretariat, strategyId, year, routine);
        StrategyDetails.Measure second = measure(secretariat, strategyId, year, training);
        assertThatThrownBy(() -> As.user(nesodden, () -> {
            strategies.report(first.id(), first.version(), MeasureStatus.DONE);
            return null;
        })).as("only the responsible party reports").isInstanceOf(Forbidden.class);
        As.user(lillestrom, () -> {
            strategies.report(first.id(), first.version(), MeasureStatus.ONGOING);
            return null;
        });
        As.user(secretariat, () -> {
            strategies.report(second.id(), second.version(), MeasureStatus.DONE);
            return null;
        });
        Resources.fixAt(ZonedDateTime.of(year, 7, 1, 9, 0, 0, 0, Resources.OSLO).toInstant());
        assertThat(As.user(lillestrom, () -> deadlines.mine(30))).as("the responsible party's measure, passed")
                .anyMatch(d -> d.kind() == DeadlineKind.ACTION_MEASURE && d.subject().contains(routine) && d.overdue());
        Resources.release();

        long ssu = decision(secretariat, fixtures.committee());
        long partnership = decision(secretariat, fixtures.bodyId("PM"));
        long version = As.user(secretariat, () -> strategies.strategies()).stream().filter(s -> s.id() == strategyId)
                .findFirst().orElseThrow().plans().get(0).version();
        assertThatThrownBy(() -> As.user(secretariat, () -> {
            strategies.approve(plan, version, ssu);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));
        As.user(secretariat, () -> {
            strategies.approve(plan, version, partnership);
            return null;
        });
        assertThatThrownBy(() -> As.user(secretariat, () -> strategies.addMeasure(plan, new NewMeasure(goal, "Sent",
                fixtures.partnerId("3205"), LocalDate.of(year, 12, 1))))).as("an approved plan keeps its measures")
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-PUB-1"));

        As.user(secretariat, () -> strategies.plan(strategyId, year + 1));
        StrategyDetails rolled = As.user(secretariat, () -> strategies.strategies()).stream()
                .filter(s -> s.id() == strategyId).findFirst().orElseThrow();
        StrategyDetails.Plan next = rolled.plans().stream().filter(p -> p.year() == year + 1).findFirst().orElseThrow();
        assertThat(next.approvedOn()).as("a new version, to be approved").isNull();
        assertThat(next.measures()).as("the open measure goes on, the done one not").singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo(routine);
                    assertThat(m.status()).isEqualTo(MeasureStatus.ONGOING);
                });
        assertThat(rolled.plans().stream().filter(p -> p.year() == year).findFirst().orElseThrow().approvedBy())
                .startsWith("PM ");
        assertThat(Http.get("api/strategies", lillestrom, Fixtures.PASSWORD).body())
                .contains("Strategi for samhandlingen 2023–2026");
    }

    private StrategyDetails.Measure measure(String user, long strategyId, int year, String text) throws Exception {
        return As.user(user, () -> strategies.strategies()).stream().filter(s -> s.id() == strategyId)
                .flatMap(s -> s.plans().stream()).filter(p -> p.year() == year)
                .flatMap(p -> p.measures().stream()).filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private ChangeNoticeLine line(String user, long id) throws Exception {
        return As.user(user, () -> notices.list()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    /** A decision of the body, made at a meeting of it. */
    private long decision(String secretariat, long bodyId) throws Exception {
        LocalDateTime start = LocalDate.now().plusDays(40).atTime(10, 0);
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(bodyId, "Møte " + Fixtures.unique(),
                start, start.plusHours(2), "Ahus", null)));
        return fixtures.decisionOf(fixtures.followUpAction(bodyId, meeting, fixtures.partnerId("3205"),
                "Tiltak " + Fixtures.unique(), LocalDate.now().plusDays(90)));
    }
}
