package no.samhandling.it;

import jakarta.inject.Inject;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.history.boundary.HistoryEntry;
import no.samhandling.history.boundary.HistoryService;
import no.samhandling.history.boundary.RecordType;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.partner.boundary.PartnerChanges;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.rules.Forbidden;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change of a record is kept with who and when, and read back as the fields it changed. */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    PartnerService partners;

    @Inject
    CaseService cases;

    @Inject
    HistoryService history;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agenda;

    @Test
    void a_change_of_a_partner_shows_who_changed_which_field_from_what_to_what() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3214");
        long frogn = fixtures.partnerId("3214");
        String before = fixtures.reload(frogn).getContact().email();
        String email = "post-" + Fixtures.unique() + "@frogn.example.org";
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        As.user(admin, () -> partners.update(frogn, new PartnerChanges(fixtures.reload(frogn).getVersion(),
                "974 703 300", email, "+47 64 90 40 00", "Postboks 10, 1441 Drøbak", null, null, false)));

        List<HistoryEntry> entries = As.user(admin, () -> history.of(RecordType.PARTNER, frogn));
        HistoryEntry latest = entries.get(0);
        assertThat(latest.by()).isEqualTo(admin);
        assertThat(latest.action()).isEqualTo("MOD");
        assertThat(latest.at()).isAfterOrEqualTo(start);
        assertThat(latest.changes()).contains(new HistoryEntry.Change("contact.email", before, email));
    }

    @Test
    void a_case_s_history_begins_with_its_registration_and_follows_each_edit() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String title = "Sak med historikk " + Fixtures.unique();
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText(title, "Bakgrunn.", "Forslag.", false, null, false, null, Set.of(), Set.of()))));
        long version = As.user(secretariat, () -> cases.details(caseId)).version();
        As.user(secretariat, () -> cases.update(caseId, version,
                new CaseText(title + " (rettet)", "Bakgrunn.", "Nytt forslag.", false, null, false, null, Set.of(), Set.of())));

        List<HistoryEntry> entries = As.user(secretariat, () -> history.of(RecordType.CASE, caseId));
        assertThat(entries).extracting(HistoryEntry::action).containsExactly("MOD", "ADD");
        assertThat(entries).extracting(HistoryEntry::by).containsOnly(secretariat);
        assertThat(entries.get(0).changes()).containsExactlyInAnyOrder(
                new HistoryEntry.Change("title", title, title + " (rettet)"),
                new HistoryEntry.Change("proposal", "Forslag.", "Nytt forslag."));
        assertThat(entries.get(1).changes()).contains(new HistoryEntry.Change("title", null, title));
    }

    @Test
    void a_corrected_decision_shows_its_new_text_and_who_corrected_it() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long committee = fixtures.committee();
        LocalDateTime start = LocalDate.now().plusDays(20).atTime(10, 0);
        long meeting = As.user(secretariat, () -> meetings.create(new NewMeeting(committee, "Møte " + Fixtures.unique(),
                start, start.plusHours(2), "Ahus", null)));
        long decision = fixtures.decisionOf(fixtures.followUpAction(committee, meeting, fixtures.partnerId("3205"),
                "Tiltak " + Fixtures.unique(), LocalDate.now().plusDays(60)));
        As.user(secretariat, () -> agenda.correctDecision(decision, 0, "Vedtatt med endring.", null));

        List<HistoryEntry> entries = As.user(secretariat, () -> history.of(RecordType.DECISION, decision));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo(secretariat);
            assertThat(e.action()).isEqualTo("MOD");
            assertThat(e.changes()).as("made before the history began, so only the text after is known")
                    .contains(new HistoryEntry.Change("text", null, "Vedtatt med endring."));
        });
    }

    @Test
    void only_the_secretariat_reads_a_user_s_history() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3214");
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long someone = fixtures.userId(fixtures.user(Role.MEMBER, null));

        assertThatThrownBy(() -> As.user(admin, () -> history.of(RecordType.USER, someone))).isInstanceOf(Forbidden.class);
        assertThat(As.user(secretariat, () -> history.of(RecordType.USER, someone))).isNotNull();
    }
}
