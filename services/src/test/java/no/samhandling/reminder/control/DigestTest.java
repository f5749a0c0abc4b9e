package no.samhandling.reminder.control;

import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.ReminderTopic;
import no.samhandling.reminder.entity.ReminderNotice.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DigestTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 6, 2);
    private static final Deadline SOON = new Deadline(TODAY.plusDays(8), DeadlineKind.FOLLOW_UP, "SSU 2031/4: tiltak",
            false, "/app/case", 41L, 7L, null);
    private static final Deadline LATER = new Deadline(TODAY.plusDays(30), DeadlineKind.FOLLOW_UP, "SSU 2031/5: tiltak",
            false, "/app/case", 42L, 7L, null);
    private static final Deadline PASSED = new Deadline(TODAY.minusDays(1), DeadlineKind.PAPERS_DUE, "AU 2031/2: sak",
            true, "/app/case", 43L, 7L, 3L);
    private static final Set<ReminderTopic> ALL = EnumSet.allOf(ReminderTopic.class);

    @Test
    void a_digest_holds_what_is_new_passed_first_within_the_horizon() {
        Digest digest = Digest.compose(List.of(LATER, SOON, PASSED), ALL, 14, TODAY, Set.of());
        assertThat(digest.items()).extracting(Digest.Item::deadline).containsExactly(PASSED, SOON);
        assertThat(digest.items()).extracting(Digest.Item::stage).containsExactly(Stage.PASSED, Stage.COMING);
        assertThat(digest.passed()).isEqualTo(1);
    }

    @Test
    void what_the_reader_was_told_at_a_stage_is_not_told_again_at_that_stage() {
        Set<String> told = Set.of(Digest.noticeKey(SOON.key(), Stage.COMING), Digest.noticeKey(PASSED.key(), Stage.PASSED));
        assertThat(Digest.compose(List.of(SOON, PASSED), ALL, 14, TODAY, told).isEmpty()).isTrue();
        Deadline soonPassed = new Deadline(SOON.due(), SOON.kind(), SOON.subject(), true, SOON.outcome(), SOON.id(),
                SOON.partnerId(), SOON.bodyId());
        assertThat(Digest.compose(List.of(soonPassed), ALL, 14, TODAY.plusDays(9), told).items())
                .extracting(Digest.Item::stage).containsExactly(Stage.PASSED);
    }

    @Test
    void only_the_chosen_topics() {
        assertThat(Digest.compose(List.of(SOON, PASSED), EnumSet.of(ReminderTopic.PAPERS), 14, TODAY, Set.of()).items())
                .extracting(Digest.Item::deadline).containsExactly(PASSED);
    }

    @Test
    void the_mail_counts_lists_and_links() {
        Digest digest = Digest.compose(List.of(SOON, PASSED), ALL, 14, TODAY, Set.of());
        assertThat(DigestMail.subject(digest)).isEqualTo("Samhandling: 2 frister å følge opp (1 forfalt)");
        String body = DigestMail.body("Kari Nordmann", digest, "https://samhandling.example");
        assertThat(body).startsWith("Hei Kari Nordmann,\n")
                .contains("Forfalt:\n- 01.06.2031  Sakspapirer skal sendes ut: AU 2031/2: sak\n"
                        + "  https://samhandling.example/app/case.xhtml?id=43\n")
                .contains("Kommer:\n- 10.06.2031  Oppfølging av vedtak: SSU 2031/4: tiltak\n")
                .contains("https://samhandling.example/app/reminders.xhtml");
        assertThat(body.indexOf("Forfalt:")).isLessThan(body.indexOf("Kommer:"));
    }
}
