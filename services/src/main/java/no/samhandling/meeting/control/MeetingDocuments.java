package no.samhandling.meeting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.platform.control.Letterhead;
import no.samhandling.platform.control.Pdf;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The meeting's two documents as PDF, in bokmål as the parties file them: the notice (innkalling) with the agenda,
 * and the minutes (protokoll) with attendance, conflicts of interest, decisions, follow-up and corrections.
 */
public final class MeetingDocuments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter DAY = Pdf.DAY;
    private static final Font TITLE = Pdf.TITLE;
    private static final Font HEADING = Pdf.HEADING;
    private static final Font BODY = Pdf.BODY;
    private static final Font SMALL = Pdf.SMALL;

    private MeetingDocuments() {
    }

    /** Innkalling: when, where, the papers' due day and every case on the agenda (late ones without exception left off). */
    public static byte[] notice(Letterhead letterhead, MeetingDetails meeting) {
        return Pdf.write(letterhead, "Innkalling: " + meeting.title(), document -> {
            document.add(new Paragraph("Innkalling til møte i " + meeting.bodyNameNb(), TITLE));
            header(document, meeting);
            document.add(new Paragraph("Saksliste", HEADING));
            List<MeetingDetails.Entry> onAgenda = meeting.agenda().stream().filter(MeetingDetails.Entry::onAgenda).toList();
            if (onAgenda.isEmpty()) {
                document.add(new Paragraph("Ingen saker er satt opp.", BODY));
            }
            for (MeetingDetails.Entry entry : onAgenda) {
                document.add(new Paragraph("Sak " + entry.number() + " " + entry.title() + " ("
                        + step(entry) + part(entry) + ")", HEADING));
                if (entry.proposedBy() != null) {
                    document.add(new Paragraph("Fremmet av " + entry.proposedBy(), SMALL));
                }
                paragraph(document, "Forslag til vedtak", entry.proposal());
                paragraph(document, "Alternativer", entry.alternatives());
                paragraph(document, "Økonomiske og driftsmessige konsekvenser", consequences(entry));
                if (entry.exceptionReason() != null) {
                    paragraph(document, "Sakspapirer sendt etter fristen; unntak gitt av " + entry.exceptionBy(),
                            entry.exceptionReason());
                }
            }
        });
    }

    /** Protokoll: attendance, every case with its outcome and decision, conflicts of interest, follow-up, corrections. */
    public static byte[] minutes(Letterhead letterhead, MeetingDetails meeting,
                                 Map<Long, List<FollowUpLine>> followUpByCase) {
        return Pdf.write(letterhead, "Protokoll: " + meeting.title(), document -> {
            document.add(new Paragraph("Protokoll fra møte i " + meeting.bodyNameNb(), TITLE));
            header(document, meeting);
            MeetingDetails.Minutes minutes = meeting.minutes();
            document.add(new Paragraph(minutes.approved()
                    ? "Godkjent " + DAY.format(minutes.approvedOn()) + " i " + minutes.approvedAt() + " (" + minutes.approvedBy() + ")"
                    : "Utkast – ikke godkjent", SMALL));
            document.add(new Paragraph("Til stede", HEADING));
            PdfPTable attendance = new PdfPTable(new float[]{3, 2, 3});
            attendance.setWidthPercentage(100);
            attendance.setHeaderRows(1);
            Pdf.cells(attendance, HEADING, "Navn", "Oppmøte", "Vara for");
            for (MeetingDetails.AttendanceLine line : meeting.attendance()) {
                Pdf.cells(attendance, BODY, line.name(), attendance(line.status()), line.deputyFor() == null ? "" : line.deputyFor());
            }
            document.add(attendance);
            document.add(new Paragraph("Saker", HEADING));
            for (MeetingDetails.Entry entry : meeting.agenda()) {
                document.add(new Paragraph("Sak " + entry.number() + " " + entry.title() + " (" + step(entry)
                        + part(entry) + ")", HEADING));
                if (!entry.disqualified().isEmpty()) {
                    paragraph(document, "Inhabil", String.join("; ", entry.disqualified()));
                }
                paragraph(document, "Behandling", outcome(entry));
                paragraph(document, "Merknad", entry.outcomeNote());
                paragraph(document, "Vedtak", entry.decisionText());
                for (FollowUpLine action : followUpByCase.getOrDefault(entry.caseId(), List.of())) {
                    document.add(new Paragraph("Oppfølging: " + action.description() + " – ansvarlig "
                            + action.responsible() + ", frist " + DAY.format(action.dueOn()), BODY));
                }
            }
            if (!minutes.corrections().isEmpty()) {
                document.add(new Paragraph("Rettelser etter godkjenning", HEADING));
                for (MeetingDetails.Correction c : minutes.corrections()) {
                    document.add(new Paragraph(WHEN.format(c.correctedAt()) + " av " + c.correctedBy() + ": "
                            + c.reason(), BODY));
                    paragraph(document, "Før", c.before());
                    paragraph(document, "Etter", c.after());
                }
            }
        });
    }

    private static void header(Document document, MeetingDetails meeting) throws DocumentException {
        document.add(new Paragraph(meeting.title(), HEADING));
        document.add(new Paragraph("Tid: " + WHEN.format(meeting.startsAt())
                + (meeting.endsAt() == null ? "" : "–" + DateTimeFormatter.ofPattern("HH:mm").format(meeting.endsAt())), BODY));
        if (meeting.place() != null) {
            document.add(new Paragraph("Sted: " + meeting.place(), BODY));
        }
        if (meeting.digitalLink() != null) {
            document.add(new Paragraph("Digitalt: " + meeting.digitalLink(), BODY));
        }
        document.add(new Paragraph("Frist for sakspapirer: " + DAY.format(meeting.papersDue()), BODY));
    }

    private static void paragraph(Document document, String label, String text) throws DocumentException {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + ": ", new Font(Font.HELVETICA, 10, Font.BOLD)));
        paragraph.add(new Phrase(text, BODY));
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static String step(MeetingDetails.Entry entry) {
        return switch (entry.step()) {
            case DISCUSSION -> "trinn 1: drøfting";
            case DECISION -> "trinn 2: beslutning";
        };
    }

    private static String part(MeetingDetails.Entry entry) {
        return entry.part() == null ? "" : entry.part() == 1 ? ", del 1 dialogmøte" : ", del 2 partnerskapsmøte";
    }

    private static String consequences(MeetingDetails.Entry entry) {
        if (entry.hasConsequences() == null) {
            return "Ikke oppgitt";
        }
        return entry.hasConsequences() ? entry.consequences()
                : entry.consequences() == null ? "Ingen" : entry.consequences();
    }

    private static String outcome(MeetingDetails.Entry entry) {
        if (entry.outcome() == null) {
            return "Ikke behandlet";
        }
        return switch (entry.outcome()) {
            case DISCUSSED -> "Drøftet (trinn 1); legges fram til vedtak i et senere møte";
            case DECIDED -> "Vedtatt ved konsensus";
            case CONTINUED -> "Utsatt";
            case NO_CONSENSUS -> "Ikke konsensus – intet vedtak";
            case REFERRED -> "Oversendt høyere organ";
        };
    }

    private static String attendance(AttendanceStatus status) {
        if (status == null) {
            return "Ikke registrert";
        }
        return switch (status) {
            case PRESENT -> "Til stede";
            case ABSENT -> "Forfall";
            case DEPUTY -> "Møtte som vara";
        };
    }

}
