package no.samhandling.deadline.boundary;

import no.samhandling.user.entity.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 2);
    private static final long LILLESTROM = 7;
    private static final long NESODDEN = 8;
    private static final long SSU = 100;

    private static final Deadline PAPERS = new Deadline(TODAY.plusDays(4), DeadlineKind.PAPERS_DUE, "SSU 2031/1", false,
            "/app/case", 1L, LILLESTROM, SSU);
    private static final Deadline FOLLOW_UP = new Deadline(TODAY.minusDays(1), DeadlineKind.FOLLOW_UP, "tiltak", true,
            "/app/case", 2L, NESODDEN, null);
    private static final Deadline REVIEW = Deadline.common(TODAY.plusDays(2), DeadlineKind.REVIEW, "2031", false,
            "/app/agreement", null);
    private static final Deadline TERM = new Deadline(TODAY.plusDays(60), DeadlineKind.TERM_ENDING, "SSU: Kari", false,
            "/app/body", SSU, null, SSU);
    private static final Deadline RECEIPTS = new Deadline(TODAY, DeadlineKind.RECEIPT_MISSING, "Nesodden: 3", true,
            "/app/admin/archive", null, NESODDEN, null);
    private static final List<Deadline> ALL = List.of(PAPERS, FOLLOW_UP, REVIEW, TERM, RECEIPTS);

    @Test
    void the_secretariat_sees_everything_by_date() {
        var secretariat = new Deadline.Reader(Set.of(Role.SECRETARIAT), null, Set.of());
        assertThat(secretariat.due(ALL, TODAY, 90))
                .containsExactly(FOLLOW_UP, RECEIPTS, REVIEW, PAPERS, TERM);
    }

    @Test
    void an_administrator_sees_their_municipality_s_items_first_then_the_agreement_s_and_not_other_municipalities() {
        var lillestrom = new Deadline.Reader(Set.of(Role.MUNICIPAL_ADMIN), LILLESTROM, Set.of());
        assertThat(lillestrom.due(ALL, TODAY, 90)).containsExactly(PAPERS, REVIEW);
        var nesodden = new Deadline.Reader(Set.of(Role.MUNICIPAL_ADMIN), NESODDEN, Set.of());
        assertThat(nesodden.due(ALL, TODAY, 90)).containsExactly(FOLLOW_UP, RECEIPTS, REVIEW);
    }

    @Test
    void a_member_sees_what_concerns_the_bodies_they_sit_in() {
        var member = new Deadline.Reader(Set.of(Role.MEMBER), null, Set.of(SSU));
        assertThat(member.due(ALL, TODAY, 90)).containsExactly(PAPERS, TERM);
    }

    @Test
    void the_horizon_keeps_later_deadlines_out_but_never_passed_ones() {
        var secretariat = new Deadline.Reader(Set.of(Role.SECRETARIAT), null, Set.of());
        assertThat(secretariat.due(ALL, TODAY, 3)).containsExactly(FOLLOW_UP, RECEIPTS, REVIEW);
    }

    @Test
    void the_horizon_never_hides_the_reader_s_own_coming_deadlines() {
        var member = new Deadline.Reader(Set.of(Role.MEMBER), null, Set.of(SSU));
        assertThat(member.due(ALL, TODAY, 14)).as("the term of an office in SSU, 60 days ahead").containsExactly(PAPERS, TERM);
        var nesodden = new Deadline.Reader(Set.of(Role.MUNICIPAL_ADMIN), NESODDEN, Set.of());
        assertThat(nesodden.due(ALL, TODAY, 1)).as("the agreement's review in 2 days is not theirs")
                .containsExactly(FOLLOW_UP, RECEIPTS);
    }

    @Test
    void the_secretariat_s_duties_are_shown_to_the_secretariat_only() {
        Deadline newsletter = Deadline.common(TODAY.minusDays(3), DeadlineKind.NEWSLETTER_MISSING, "2031 1/3", true,
                "/app/newsletters", null);
        Deadline publication = Deadline.common(TODAY.plusDays(5), DeadlineKind.PUBLICATION, "2.0", false,
                "/app/agreement", null);
        List<Deadline> all = List.of(newsletter, publication, REVIEW);
        assertThat(new Deadline.Reader(Set.of(Role.SECRETARIAT), null, Set.of()).due(all, TODAY, 30))
                .containsExactly(newsletter, REVIEW, publication);
        assertThat(new Deadline.Reader(Set.of(Role.MUNICIPAL_ADMIN), LILLESTROM, Set.of()).due(all, TODAY, 30))
                .containsExactly(REVIEW);
    }

    @Test
    void deadlines_are_grouped_overdue_this_week_this_month_and_later() {
        // 2031-03-02 is a Sunday: this week ends today
        assertThat(FOLLOW_UP.when(TODAY)).isEqualTo(Deadline.When.OVERDUE);
        assertThat(RECEIPTS.when(TODAY)).isEqualTo(Deadline.When.OVERDUE);
        assertThat(REVIEW.when(TODAY)).isEqualTo(Deadline.When.THIS_MONTH);
        assertThat(REVIEW.when(TODAY.minusDays(1))).as("on Saturday, Tuesday is next week").isEqualTo(Deadline.When.THIS_MONTH);
        assertThat(REVIEW.when(TODAY.plusDays(1))).as("on Monday, Tuesday is this week").isEqualTo(Deadline.When.THIS_WEEK);
        assertThat(TERM.when(TODAY)).isEqualTo(Deadline.When.LATER);
        assertThat(Deadline.common(TODAY, DeadlineKind.REVIEW, "2031", false, null, null).when(TODAY))
                .isEqualTo(Deadline.When.THIS_WEEK);
    }

    @Test
    void the_key_is_stable_and_changes_with_the_day() {
        assertThat(PAPERS.key()).hasSize(64).isEqualTo(new Deadline(PAPERS.due(), PAPERS.kind(), PAPERS.subject(),
                true, PAPERS.outcome(), PAPERS.id(), PAPERS.partnerId(), PAPERS.bodyId()).key());
        assertThat(PAPERS.key()).isNotEqualTo(new Deadline(PAPERS.due().plusDays(1), PAPERS.kind(), PAPERS.subject(),
                false, PAPERS.outcome(), PAPERS.id(), PAPERS.partnerId(), PAPERS.bodyId()).key());
    }
}
