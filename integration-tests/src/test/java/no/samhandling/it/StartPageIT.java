package no.samhandling.it;

import jakarta.inject.Inject;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.platform.control.Resources;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page "what is due", with the server's clock fixed at a moment: each kind of deadline appears on its day,
 * passes on the day after it, and reaches the users it concerns — the secretariat everything, an administrator their
 * municipality's items first, a member their bodies'.
 */
@ExtendWith(ArquillianExtension.class)
class StartPageIT {

    private static final ZonedDateTime MARCH_2 = ZonedDateTime.of(2031, 3, 2, 9, 0, 0, 0, Resources.OSLO);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DeadlineService deadlines;

    @Inject
    MeetingService meetings;

    @Inject
    CaseService cases;

    @Inject
    AgendaService agenda;

    @Inject
    AgreementService agreements;

    @AfterEach
    void releaseClock() {
        Resources.release();
    }

    @Test
    @DisplayName("The deadline overview is kept between changes, and a committed change, even a native one, shows at once")
    void the_kept_overview_shows_a_committed_change_at_once() throws Exception {
        Resources.fixAt(MARCH_2.toInstant());
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long committee = fixtures.committee();
        LocalDateTime start = LocalDateTime.of(2031, 3, 20, 10, 0);
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(committee, "Møte " + Fixtures.unique(),
                start, start.plusHours(2), "Ahus", null)));
        String action = "Tiltak " + Fixtures.unique();
        assertThat(As.user(secretariat, () -> deadlines.overview())).as("computed, then kept")
                .noneSatisfy(d -> assertThat(d.subject()).contains(action));

        fixtures.followUpAction(committee, meeting, fixtures.partnerId("3205"), action, LocalDate.of(2031, 3, 10));

        assertThat(As.user(secretariat, () -> deadlines.overview())).as("within the same minute, after the commit")
                .anySatisfy(d -> assertThat(d.subject()).contains(action));
    }

    @Test
    @DisplayName("R-CASE-3, R-CASE-6, R-BODY-1, R-BODY-2, R-BODY-4, R-AGR-5: every kind of deadline on the start page at its date")
    void every_kind_of_deadline_appears_on_the_start_page_at_its_date_for_those_it_concerns() throws Exception {
        Resources.fixAt(MARCH_2.toInstant());
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String lillestrom = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nesodden = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        String member = fixtures.user(Role.MEMBER, null);
        long lillestromId = fixtures.partnerId("3205");
        long committee = fixtures.committee();
        long person = fixtures.person("Medlem " + Fixtures.unique(), Position.GENERAL_PRACTITIONER,
                fixtures.email(member));
        fixtures.seat(committee, person, Party.MUNICIPALITIES, LocalDate.of(2029, 4, 16), LocalDate.of(2031, 4, 15));
        fixtures.leadershipTerm(committee, person, LocalDate.of(2029, 5, 1), LocalDate.of(2031, 4, 30));
        LocalDateTime start = LocalDateTime.of(2031, 3, 20, 10, 0);
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(committee, "Møte " + Fixtures.unique(),
                start, start.plusHours(2), "Ahus", null)));
        String title = "Sak uten dokumenter " + Fixtures.unique();
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(committee, lillestromId,
                new CaseText(title, "Bakgrunn.", "Forslag.", false, null, false, null, Set.of(), Set.of()))));
        As.user(secretariat, () -> agenda.schedule(meeting, caseId, null, null));
        String action = "Tiltak " + Fixtures.unique();
        fixtures.followUpAction(committee, meeting, lillestromId, action, LocalDate.of(2031, 3, 10));
        fixtures.deliveredWithoutReceipt(lillestromId, MARCH_2.minusDays(3).toInstant());

        List<Deadline> all = As.user(secretariat, () -> deadlines.mine(90));
        assertThat(all).as("papers due 14 days before the meeting")
                .anyMatch(d(DeadlineKind.PAPERS_DUE, "2031-03-06", false, title));
        assertThat(all).as("follow-up action on its due day").anyMatch(d(DeadlineKind.FOLLOW_UP, "2031-03-10", false, action));
        assertThat(all).as("term of office ends").anyMatch(d(DeadlineKind.TERM_ENDING, "2031-04-15", false, "Medlem"));
        assertThat(all).as("leadership changes the day after the last term")
                .anyMatch(d(DeadlineKind.LEADERSHIP_CHANGE, "2031-05-01", false, ""));
        assertThat(all).as("SSU has no meeting in the first quarter")
                .anyMatch(d(DeadlineKind.MEETING_MISSING, "2031-03-31", false, "SSU 2031 K1"));
        assertThat(all).as("the partnership meeting had none in January/February")
                .anyMatch(d(DeadlineKind.MEETING_MISSING, "2031-02-28", true, "2031"));
        assertThat(all).as("an archive that has not answered for two days")
                .anyMatch(d -> d.kind() == DeadlineKind.RECEIPT_MISSING && d.overdue() && d.partnerId() == lillestromId);

        List<Deadline> lillestromSees = As.user(lillestrom, () -> deadlines.mine(90));
        assertThat(lillestromSees).as("the municipality's own case and action")
                .anyMatch(d(DeadlineKind.PAPERS_DUE, "2031-03-06", false, title))
                .anyMatch(d(DeadlineKind.FOLLOW_UP, "2031-03-10", false, action))
                .noneMatch(d -> d.kind() == DeadlineKind.TERM_ENDING && d.bodyId() == committee);
        int lastOwn = lastIndex(lillestromSees, d -> lillestromId == orZero(d.partnerId()));
        int firstCommon = firstIndex(lillestromSees, d -> d.partnerId() == null);
        assertThat(lastOwn).as("own items first").isLessThan(firstCommon < 0 ? Integer.MAX_VALUE : firstCommon);
        assertThat(As.user(nesodden, () -> deadlines.mine(90))).as("another municipality's items are not shown")
                .noneMatch(d -> d.subject().contains(title) || d.subject().contains(action))
                .noneMatch(d -> d.kind() == DeadlineKind.RECEIPT_MISSING && d.partnerId() == lillestromId);
        assertThat(As.user(member, () -> deadlines.mine(90))).as("a member: what concerns their body")
                .anyMatch(d(DeadlineKind.PAPERS_DUE, "2031-03-06", false, title))
                .anyMatch(d(DeadlineKind.TERM_ENDING, "2031-04-15", false, "Medlem"))
                .anyMatch(d(DeadlineKind.LEADERSHIP_CHANGE, "2031-05-01", false, ""))
                .noneMatch(d -> d.kind() == DeadlineKind.RECEIPT_MISSING);
        assertThat(As.user(secretariat, () -> deadlines.mine(14))).as("within a 14-day horizon")
                .anyMatch(d(DeadlineKind.PAPERS_DUE, "2031-03-06", false, title))
                .noneMatch(d -> d.kind() == DeadlineKind.TERM_ENDING && d.bodyId() == committee);

        Resources.fixAt(MARCH_2.plusDays(5).toInstant());
        assertThat(As.user(lillestrom, () -> deadlines.mine(14))).as("the day after the papers were due")
                .anyMatch(d(DeadlineKind.PAPERS_DUE, "2031-03-06", true, title))
                .anyMatch(d(DeadlineKind.FOLLOW_UP, "2031-03-10", false, action));
        Resources.fixAt(MARCH_2.plusDays(9).toInstant());
        assertThat(As.user(lillestrom, () -> deadlines.mine(14))).as("the day after the action was due")
                .anyMatch(d(DeadlineKind.FOLLOW_UP, "2031-03-10", true, action));
    }

    @Test
    @DisplayName("R-AGR-1, R-AGR-6, R-AGR-7, R-AGR-8: the agreement's deadlines on the secretariat's start page at their dates")
    void the_agreement_s_deadlines_appear_on_the_secretariat_s_start_page_at_their_dates() throws Exception {
        Resources.fixAt(MARCH_2.toInstant());
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long eidsvoll = fixtures.partnerId("3240");
        long nes = fixtures.partnerId("3228");
        fixtures.deleteReviews(2031);
        try {
            assertThat(As.user(secretariat, () -> deadlines.mine(365))).as("no yearly review planned for 2031")
                    .anyMatch(d(DeadlineKind.REVIEW_NOT_PLANNED, "2031-12-31", false, "2031"))
                    .as("the version in force is due for revision").anyMatch(d -> d.kind() == DeadlineKind.REVISION);

            As.user(secretariat, () -> agreements.planReview(LocalDate.of(2031, 9, 15)));
            As.user(secretariat, () -> agreements.recordNotice(eidsvoll, NoticeKind.RENEGOTIATION,
                    LocalDate.of(2031, 3, 1), "Ønsker å reforhandle § 4"));
            As.user(secretariat, () -> agreements.recordNotice(nes, NoticeKind.TERMINATION,
                    LocalDate.of(2031, 3, 1), "Sier opp avtalen"));

            List<Deadline> due = As.user(secretariat, () -> deadlines.mine(365));
            assertThat(due).as("the review as planned").anyMatch(d(DeadlineKind.REVIEW, "2031-09-15", false, "2031"))
                    .noneMatch(d -> d.kind() == DeadlineKind.REVIEW_NOT_PLANNED);
            assertThat(due).as("three months' notice").anyMatch(d(DeadlineKind.RENEGOTIATION, "2031-06-01", false, "Eidsvoll"));
            assertThat(As.user(secretariat, () -> deadlines.overview())).as("a year's notice")
                    .anyMatch(d(DeadlineKind.TERMINATION, "2032-03-01", false, "Nes"));
            Resources.fixAt(MARCH_2.withMonth(9).withDayOfMonth(16).toInstant());
            assertThat(As.user(secretariat, () -> deadlines.mine(14))).as("the day after the review was planned")
                    .anyMatch(d(DeadlineKind.REVIEW, "2031-09-15", true, "2031"));
        } finally {
            Resources.release();
            fixtures.withdrawNotices(eidsvoll);
            fixtures.withdrawNotices(nes);
            fixtures.deleteReviews(2031);
        }
    }

    @Test
    @DisplayName("R-AGR-6: a year after the last review held, the next is due, and overdue until one is held")
    void R_AGR_6_a_year_after_the_last_review_held_the_next_is_due_and_overdue_until_one_is_held() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        fixtures.deleteReviews(2032);
        try {
            Resources.fixAt(ZonedDateTime.of(2032, 10, 1, 9, 0, 0, 0, Resources.OSLO).toInstant());
            long id = As.user(secretariat, () -> agreements.planReview(LocalDate.of(2032, 9, 1)));
            long version = As.user(secretariat, () -> agreements.reviews()).stream().filter(r -> r.id() == id)
                    .findFirst().orElseThrow().version();
            As.user(secretariat, () -> agreements.recordReview(id, version, LocalDate.of(2032, 9, 12), "Gjennomgått"));

            Resources.fixAt(ZonedDateTime.of(2033, 9, 12, 9, 0, 0, 0, Resources.OSLO).toInstant());
            assertThat(As.user(secretariat, () -> agreements.reviewDue())).as("on the day it is due")
                    .satisfies(r -> assertThat(r.dueOn()).isEqualTo(LocalDate.of(2033, 9, 12)))
                    .satisfies(r -> assertThat(r.overdue()).isFalse());
            assertThat(As.user(secretariat, () -> deadlines.mine(30))).as("due, not yet overdue")
                    .anyMatch(d(DeadlineKind.REVIEW_DUE, "2033-09-12", false, "12.09.2032"));

            Resources.fixAt(ZonedDateTime.of(2034, 3, 1, 9, 0, 0, 0, Resources.OSLO).toInstant());
            assertThat(As.user(secretariat, () -> agreements.reviewDue().overdue())).as("none held since").isTrue();
            String lillestrom = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
            assertThat(As.user(lillestrom, () -> deadlines.mine(30))).as("overdue for every party, not only the secretariat")
                    .anyMatch(d(DeadlineKind.REVIEW_DUE, "2033-09-12", true, "12.09.2032"));
        } finally {
            Resources.release();
            fixtures.deleteReviews(2032);
        }
    }

    @Test
    void the_pages_take_today_from_the_server_s_clock_not_the_machine_s() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        Resources.fixAt(MARCH_2.toInstant());
        PageSession session = new PageSession("127.0.0.1");
        assertThat(session.signedIn(session.signIn(secretariat, Fixtures.PASSWORD))).isTrue();

        assertThat(session.get("app/disputes.xhtml").body()).as("a new dispute is opened today")
                .contains("value=\"02.03.2031\"");
        assertThat(session.get("app/funds.xhtml").body()).as("the shared funds of this year")
                .contains("/api/funds/2031/statement.csv");
        assertThat(session.get("app/newsletters.xhtml").body()).as("the newsletters of this year")
                .contains("value=\"2031\"");
    }

    private static Predicate<Deadline> d(DeadlineKind kind, String due, boolean overdue, String subject) {
        return d -> d.kind() == kind && d.due().equals(LocalDate.parse(due)) && d.overdue() == overdue
                && d.subject().contains(subject);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static int lastIndex(List<Deadline> list, Predicate<Deadline> p) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (p.test(list.get(i))) return i;
        }
        return -1;
    }

    private static int firstIndex(List<Deadline> list, Predicate<Deadline> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) return i;
        }
        return -1;
    }
}
