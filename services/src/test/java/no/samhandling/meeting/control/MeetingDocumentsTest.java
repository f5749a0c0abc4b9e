package no.samhandling.meeting.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseStep;
import no.samhandling.cases.entity.FollowUpStatus;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.platform.control.Letterhead;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice, the minutes and the invitation, read back by other libraries than the ones that wrote them. */
class MeetingDocumentsTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, OSLO);

    final MeetingDetails meeting = new MeetingDetails(41, 3, 2, "SSU", "Strategisk samarbeidsutvalg (SSU)",
            "Strategic committee (SSU)", BodyKind.STRATEGIC_COMMITTEE, "SSU-møte desember 2026, Lillestrøm; Ahus",
            START, START.plusHours(3), "Ahus Nordbyhagen, møterom Glassgården", "https://meet.example.org/ssu",
            LocalDate.of(2026, 11, 26), true, true,
            List.of(entry(1, "12/2026", "Årlig gjennomgang av samarbeidsavtalen", CaseStep.DISCUSSION, PaperStatus.IN_TIME,
                            AgendaOutcome.DISCUSSED, null, List.of()),
                    entry(2, "13/2026", "Handlingsplan 2027", CaseStep.DECISION, PaperStatus.EXCEPTION,
                            AgendaOutcome.DECIDED, "SSU vedtar handlingsplan 2027.", List.of("Kari Nordmann (styreverv; SSU)")),
                    entry(3, "15/2026", "Sak med sene papirer", CaseStep.DECISION, PaperStatus.LATE, null, null, List.of())),
            List.of(new MeetingDetails.AttendanceLine(7, "Ola Hansen", "HOSPITAL", AttendanceStatus.PRESENT, null, null),
                    new MeetingDetails.AttendanceLine(8, "Per Vara", null, AttendanceStatus.DEPUTY, "Kari Nordmann", 9L)),
            List.of("Ola Hansen", "Per Vara"),
            new MeetingDetails.Minutes(true, LocalDate.of(2026, 12, 10), "SSU-møte desember 2026", "sekretariat",
                    List.of(new MeetingDetails.Correction("sekretariat", START.plusDays(2), "Skrivefeil i årstall",
                            "SSU vedtar handlingsplan 2026.", "SSU vedtar handlingsplan 2027."))), false, false);

    static final Letterhead LETTERHEAD = new Letterhead("Helsefellesskapet Ahus og kommunene", LocalDate.of(2026, 12, 3));

    @Test
    void the_notice_lists_the_agenda_and_leaves_out_cases_whose_papers_came_late_without_exception() throws Exception {
        String text = pdfText(MeetingDocuments.notice(LETTERHEAD, meeting));

        assertThat(text).contains("Innkalling til møte i Strategisk samarbeidsutvalg (SSU)", "Saksliste",
                "10.12.2026 kl. 10:00", "Frist for sakspapirer: 26.11.2026", "Sak 12/2026 Årlig gjennomgang",
                "Sak 13/2026 Handlingsplan 2027", "Fremmet av Lillestrøm", "unntak gitt av sekretariat", "https://meet.example.org/ssu");
        assertThat(text).doesNotContain("15/2026");
    }

    @Test
    void the_minutes_carry_attendance_decisions_conflicts_of_interest_follow_up_and_corrections() throws Exception {
        FollowUpLine action = new FollowUpLine(9, 0, 2, "13/2026", "SSU", "Handlingsplan 2027", "Rapportere status til SSU",
                5, "Lillestrøm kommune", LocalDate.of(2027, 3, 1), FollowUpStatus.OPEN, null, null, false);

        String text = pdfText(MeetingDocuments.minutes(LETTERHEAD, meeting, Map.of(2L, List.of(action))));

        assertThat(text).contains("Protokoll fra møte i Strategisk samarbeidsutvalg (SSU)",
                "Godkjent 10.12.2026", "Ola Hansen", "Møtte som vara", "Kari Nordmann (styreverv; SSU)",
                "Vedtatt ved konsensus", "SSU vedtar handlingsplan 2027.",
                "Oppfølging: Rapportere status til SSU – ansvarlig Lillestrøm kommune, frist 01.03.2027",
                "Rettelser etter godkjenning", "Skrivefeil i årstall");
    }

    @Test
    void every_page_carries_the_communitys_letterhead_the_documents_title_and_its_number_of_all_pages() throws Exception {
        List<MeetingDetails.Entry> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(entry(i, i + "/2026", "Sak nummer " + i, CaseStep.DISCUSSION, PaperStatus.IN_TIME, null, null, List.of()));
        }
        MeetingDetails long_ = new MeetingDetails(43, 0, meeting.bodyId(), meeting.bodyCode(), meeting.bodyNameNb(),
                meeting.bodyNameEn(), meeting.bodyKind(), "Langt møte", START, null, meeting.place(), null,
                LocalDate.of(2026, 11, 26), false, false, many, List.of(), List.of(), null, false, false);

        try (PDDocument document = Loader.loadPDF(MeetingDocuments.notice(LETTERHEAD, long_))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Helsefellesskapet Ahus og kommunene");
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page)
                        .contains("Helsefellesskapet Ahus og kommunene", "Innkalling: Langt møte", "03.12.2026",
                                "Side " + page + " av " + pages);
            }
        }
    }

    @Test
    void the_invitation_is_valid_icalendar_with_the_meetings_time_place_and_agenda() throws Exception {
        String ics = MeetingCalendar.ics(meeting, "samhandling.example.org", Instant.parse("2026-11-25T12:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("meeting-41@samhandling.example.org");
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(Instant.from(start)).isEqualTo(START.toInstant());
        assertThat(event.getLocation().getValue())
                .isEqualTo("Ahus Nordbyhagen, møterom Glassgården / https://meet.example.org/ssu");
        assertThat(event.getSummary().getValue()).isEqualTo("SSU: SSU-møte desember 2026, Lillestrøm; Ahus");
        assertThat(event.getDescription().getValue()).contains("Sak 13/2026 Handlingsplan 2027")
                .doesNotContain("15/2026");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
    }

    @Test
    void a_users_feed_holds_one_event_per_meeting_under_the_feeds_name() throws Exception {
        MeetingDetails later = new MeetingDetails(42, 0, meeting.bodyId(), meeting.bodyCode(), meeting.bodyNameNb(),
                meeting.bodyNameEn(), meeting.bodyKind(), "SSU-møte mars 2027", START.plusMonths(3), null,
                meeting.place(), null, LocalDate.of(2027, 2, 25), false, false, List.of(), List.of(), List.of(), null, false, false);

        String ics = MeetingCalendar.feed(List.of(meeting, later), "samhandling.example.org",
                Instant.parse("2026-11-25T12:00:00Z"), "Samhandling – mine møter");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("meeting-41@samhandling.example.org", "meeting-42@samhandling.example.org");
        assertThat(ics).contains("X-WR-CALNAME:Samhandling – mine møter");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static MeetingDetails.Entry entry(long caseId, String number, String title, CaseStep step,
                                              PaperStatus papers, AgendaOutcome outcome, String decision,
                                              List<String> disqualified) {
        return new MeetingDetails.Entry(caseId * 10, 0, caseId, number, title, step, null, papers,
                papers.keepsOnAgenda(), papers == PaperStatus.EXCEPTION ? "Avklaring fra departementet kom sent" : null,
                papers == PaperStatus.EXCEPTION ? "sekretariat" : null, "Forslag til vedtak", null, false, null,
                outcome, null, decision == null ? null : caseId * 100, decision == null ? null : 0L, decision,
                disqualified, caseId == 2 ? "Lillestrøm" : null);
    }
}
