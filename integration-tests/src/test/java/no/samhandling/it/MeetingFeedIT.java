package no.samhandling.it;

import jakarta.inject.Inject;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A member subscribes to their own meetings: one calendar feed over HTTP with the coming meetings of their bodies. */
@ExtendWith(ArquillianExtension.class)
class MeetingFeedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingService meetings;

    @Test
    void a_member_s_feed_holds_the_coming_meetings_of_their_bodies_and_needs_login() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        long person = fixtures.person("Medlem " + Fixtures.unique(), Position.MUNICIPAL_CHIEF_EXECUTIVE,
                fixtures.email(member));
        fixtures.seat("SSU", person, Party.MUNICIPALITIES, null);
        LocalDateTime start = LocalDate.now().plusDays(30).atTime(9, 0);
        String title = "SSU-møte " + Fixtures.unique();
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(fixtures.bodyId("SSU"), title, start,
                start.plusHours(3), "Ahus Nordbyhagen", null)));

        HttpResponse<String> feed = Http.get("api/me/meetings.ics", member, PASSWORD);
        HttpResponse<String> anonymous = Http.get("api/me/meetings.ics", null, null);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:Samhandling – mine møter")
                .contains("UID:meeting-" + meeting + "@").contains(title).endsWith("END:VCALENDAR\r\n");
        assertThat(anonymous.body()).as("without login: the login page, not the feed").doesNotContain("BEGIN:VCALENDAR");
    }
}
