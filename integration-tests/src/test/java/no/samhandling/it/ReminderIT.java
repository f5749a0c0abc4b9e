package no.samhandling.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import no.samhandling.deadline.boundary.ReminderTopic;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.platform.control.Resources;
import no.samhandling.reminder.boundary.ReminderChoice;
import no.samhandling.reminder.boundary.ReminderService;
import no.samhandling.reminder.boundary.ReminderJob;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail reminders against a real SMTP server on loopback (GreenMail, port 3025, where the test server's mail session
 * points): the digest reaches those who chose it, once per deadline and stage, never twice a day — also when the job
 * runs again as after a restart — and not those who chose otherwise.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    private static final ZonedDateTime JUNE_2 = ZonedDateTime.of(2031, 6, 2, 6, 15, 0, 0, Resources.OSLO);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderJob job;

    @Inject
    MeetingService meetings;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        Resources.release();
        smtp.stop();
    }

    @Test
    void a_follow_up_reminder_arrives_once_before_the_day_and_once_after_it_and_only_for_those_who_chose_it()
            throws Exception {
        Resources.fixAt(JUNE_2.toInstant());
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String responsible = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String agreementOnly = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String undecided = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        As.user(responsible, () -> reminders.choose(new ReminderChoice(true, 14, EnumSet.of(ReminderTopic.FOLLOW_UP), ReminderChoice.NOT_CHOSEN, null)));
        As.user(agreementOnly, () -> reminders.choose(new ReminderChoice(true, 14, EnumSet.of(ReminderTopic.AGREEMENT), ReminderChoice.NOT_CHOSEN, null)));
        long committee = fixtures.committee();
        LocalDateTime start = LocalDateTime.of(2031, 6, 20, 10, 0);
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(committee, "Møte " + Fixtures.unique(),
                start, start.plusHours(2), "Ahus", null)));
        String action = "Innføre rutinen " + Fixtures.unique();
        fixtures.followUpAction(committee, meeting, fixtures.partnerId("3205"), action, LocalDate.of(2031, 6, 10));

        job.sendDigests();
        List<MimeMessage> first = mailsTo(responsible);
        assertThat(first).as("one digest").hasSize(1);
        String body = text(first.get(0));
        assertThat(first.get(0).getSubject()).startsWith("Samhandling: ");
        assertThat(body).contains("Kommer:").contains("10.06.2031  Oppfølging av vedtak: ").contains(action)
                .contains("/samhandling/app/reminders.xhtml");
        assertThat(mailsTo(agreementOnly)).as("did not choose follow-up").noneMatch(m -> text(m).contains(action));
        assertThat(mailsTo(undecided)).as("never chose reminders").isEmpty();

        job.sendDigests();
        assertThat(mailsTo(responsible)).as("the job again the same day, as after a restart: nothing more").hasSize(1);
        Resources.fixAt(JUNE_2.plusDays(1).toInstant());
        job.sendDigests();
        assertThat(mailsTo(responsible)).as("the next day, nothing new: no mail").hasSize(1);

        Resources.fixAt(JUNE_2.plusDays(9).toInstant());
        job.sendDigests();
        List<MimeMessage> after = mailsTo(responsible);
        assertThat(after).as("the day after the action was due").hasSize(2);
        assertThat(text(after.get(1))).contains("Forfalt:").contains(action);
        assertThat(As.user(responsible, () -> reminders.sent())).as("the digests are kept for the user").hasSize(2);
        assertThat(fixtures.count("SELECT COUNT(d) FROM ReminderDigest d WHERE d.user.username = ?1", responsible))
                .isEqualTo(2);
    }

    @Test
    void the_daily_job_is_a_persistent_timer_and_a_choice_is_checked() throws Exception {
        Timer timer = job.timer().orElseThrow();
        assertThat(timer.isPersistent()).as("survives a restart").isTrue();
        assertThat(timer.isCalendarTimer()).isTrue();
        assertThat(timer.getSchedule().getHour()).isEqualTo("6");

        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        assertThatThrownBy(() -> As.user(admin, () -> reminders.choose(
                new ReminderChoice(true, 365, EnumSet.allOf(ReminderTopic.class), ReminderChoice.NOT_CHOSEN, null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("daysAhead"));
        assertThat(fixtures.count("SELECT COUNT(p) FROM ReminderPreference p WHERE p.user.username = ?1", admin))
                .as("nothing half-written").isZero();
        ReminderChoice saved = As.user(admin, () -> reminders.choose(
                new ReminderChoice(true, 7, EnumSet.of(ReminderTopic.PAPERS), ReminderChoice.NOT_CHOSEN, null)));
        assertThat(saved.topics()).containsExactly(ReminderTopic.PAPERS);
        assertThatThrownBy(() -> As.user(admin, () -> reminders.choose(
                new ReminderChoice(false, 7, EnumSet.of(ReminderTopic.PAPERS), ReminderChoice.NOT_CHOSEN, null))))
                .as("chosen elsewhere since the form was opened").isInstanceOf(StaleVersion.class);
        As.user(admin, () -> reminders.choose(new ReminderChoice(true, 3, EnumSet.of(ReminderTopic.PAPERS), saved.version(), null)));
        assertThatThrownBy(() -> As.user(admin, () -> reminders.choose(
                new ReminderChoice(false, 7, EnumSet.of(ReminderTopic.PAPERS), saved.version(), null))))
                .as("changed elsewhere since").isInstanceOf(StaleVersion.class);
        assertThat(As.user(admin, () -> reminders.mine())).extracting(ReminderChoice::enabled, ReminderChoice::daysAhead)
                .containsExactly(true, 3);
    }

    private List<MimeMessage> mailsTo(String username) {
        String address = fixtures.email(username);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded text of the mail (it travels quoted-printable). */
    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
