package no.samhandling.export.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.api.Table;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.dispute.boundary.DisputeQuery;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.rules.NotFound;
import no.samhandling.user.boundary.UserService;

import java.util.Arrays;
import java.util.List;

/**
 * Every register list as a table for export, with what the signed-in user may read (the services decide): partners,
 * bodies, people's seats, meetings, cases, follow-up actions, disputes, deadlines, agreement versions, users.
 */
@RequestScoped
public class Registers {

    @Inject PartnerService partners;
    @Inject BodyService bodies;
    @Inject MeetingService meetings;
    @Inject CaseService cases;
    @Inject FollowUpService followUp;
    @Inject DisputeService disputes;
    @Inject DeadlineService deadlines;
    @Inject AgreementVersionService versions;
    @Inject UserService users;

    public static final List<String> NAMES = List.of("partners", "bodies", "people", "meetings", "cases", "follow-up",
            "disputes", "deadlines", "agreement-versions", "users");

    public Table table(String register) {
        return switch (register) {
            case "partners" -> new Table("partnere", header("Navn", "Type", "Kommunenummer", "Organisasjonsnummer",
                    "Region", "E-post", "Telefon", "Arkivsystem", "Arkivering på", "Med fra", "Ute fra"),
                    partners.list().stream().map(p -> row(p.name(), p.kind(), p.municipalityNumber(),
                            p.organisationNumber(), p.region(), p.email(), p.phone(), p.archiveSystem(),
                            p.archiveEnabled(), p.joinedOn(), p.leftOn())).toList());
            case "bodies" -> new Table("utvalg", header("Kode", "Navn", "Type", "Nivå", "Gyldig fra", "Gyldig til",
                    "Mandatdato"), bodies.list().stream().map(b -> row(b.code(), b.nameNb(), b.kind(), b.level(),
                    b.validFrom(), b.validTo(), b.mandateDate())).toList());
            case "people" -> new Table("verv", header("Navn", "Stilling", "Part", "Region", "Sete", "Vara", "Fra",
                    "Til"), bodies.people().stream().map(m -> row(m.personName(), m.position(), m.party(), m.region(),
                    m.seatType(), m.deputyName(), m.termFrom(), m.termTo())).toList());
            case "meetings" -> new Table("moter", header("Utvalg", "Tittel", "Starter", "Sted", "Saker"),
                    meetings.list(0, Integer.MAX_VALUE).stream().map(m -> row(m.bodyCode(), m.title(), m.startsAt(), m.place(),
                            m.agenda().size())).toList());
            case "cases" -> new Table("saker", header("Nummer", "Utvalg", "Tittel", "Trinn", "Status", "Foreslått av",
                    "Neste møte"), allCases().stream().map(c -> row(c.number(), c.bodyCode(),
                    c.title(), c.step(), c.status(), c.proposedBy(), c.nextMeeting())).toList());
            case "follow-up" -> new Table("oppfolging", header("Sak", "Utvalg", "Tiltak", "Ansvarlig", "Frist",
                    "Status", "Fullført", "Forfalt"), followUp.list(false).stream().map(f -> row(f.caseNumber(),
                    f.bodyCode(), f.description(), f.responsible(), f.dueOn(), f.status(), f.completedOn(),
                    f.overdue())).toList());
            case "disputes" -> disputes(new DisputeQuery(null, null, null, null));
            case "deadlines" -> new Table("frister", header("Dato", "Frist", "Gjelder", "Forfalt"),
                    deadlines.overview().stream().map(d -> row(d.due(), d.kind(), d.subject(), d.overdue())).toList());
            case "agreement-versions" -> new Table("avtaleversjoner", header("Versjon", "Status", "Gyldig fra",
                    "Eier", "Neste revisjon", "Publisert"), versions.versions().stream().map(v -> row(v.label(),
                    v.status(), v.validFrom(), v.ownerBody(), v.nextRevisionYear(), v.publishedOn())).toList());
            case "users" -> new Table("brukere", header("Brukernavn", "Navn", "E-post", "Aktiv", "Roller", "Partner"),
                    users.list().stream().map(u -> row(u.username(), u.fullName(), u.email(), u.active(),
                            String.join(", ", u.roles().stream().map(Enum::name).sorted().toList()),
                            u.partnerName())).toList());
            default -> throw new NotFound("Register", register);
        };
    }

    /** Every case the user may read, read a thousand at a time (each slice one query for it and one for its meetings). */
    private List<no.samhandling.cases.boundary.CaseSummary> allCases() {
        List<no.samhandling.cases.boundary.CaseSummary> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += SLICE) {
            List<no.samhandling.cases.boundary.CaseSummary> slice = cases.search(CaseQuery.all(), offset, SLICE);
            all.addAll(slice);
            if (slice.size() < SLICE) {
                return all;
            }
        }
    }

    private static final int SLICE = 1000;

    /** The dispute register with the page's filters. */
    public Table disputes(DisputeQuery query) {
        return new Table("tvister", header("Nummer", "Tittel", "Type", "Gjelder", "Kommune", "Reist av", "Trinn",
                "Status", "Åpnet", "Dager", "Avsluttet"), disputes.list(query).stream().map(d -> row(d.number(),
                d.title(), d.kind(), d.subject(), d.municipality(), d.raisedBy(), d.step(), d.status(), d.openedOn(),
                d.ageDays(), d.closedOn())).toList());
    }

    private static List<String> header(String... names) {
        return List.of(names);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
