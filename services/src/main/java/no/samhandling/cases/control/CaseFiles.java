package no.samhandling.cases.control;

import no.samhandling.rules.RuleViolation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.body.entity.Membership;
import no.samhandling.body.entity.PartnershipMeetingRules;
import no.samhandling.body.entity.SeatType;
import no.samhandling.cases.entity.Consensus;
import no.samhandling.meeting.entity.Attendance;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.meeting.entity.Minutes;
import no.samhandling.cases.entity.AgendaItem;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.CasePaper;
import no.samhandling.cases.entity.PaperDeadline;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.rules.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finding a community's cases, agenda items and meetings, and the papers' status of an agenda item (R-CASE-3). */
@Stateless
@PermitAll // called by the boundaries, which check the roles
public class CaseFiles {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    public CaseFile get(long communityId, long caseId) {
        CaseFile file = em.find(CaseFile.class, caseId);
        if (file == null || file.getCommunity().getId() != communityId) {
            throw new NotFound("Case", caseId);
        }
        return file;
    }

    public AgendaItem item(long communityId, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.getMeeting().getCommunity().getId() != communityId) {
            throw new NotFound("AgendaItem", itemId);
        }
        return item;
    }

    public Meeting meeting(long communityId, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getCommunity().getId() != communityId) {
            throw new NotFound("Meeting", meetingId);
        }
        return meeting;
    }

    public Body body(long communityId, Long bodyId) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        if (body == null || body.getCommunity().getId() != communityId) {
            throw new NotFound("Body", bodyId);
        }
        return body;
    }

    /**
     * The next free number of a body's year. The body's row is locked first (SELECT … FOR UPDATE, held to the end of
     * the transaction), so cases registered at once in one body take their numbers one after the other instead of
     * the same MAX + 1; the unique key stays as the last guard.
     */
    public int nextSequence(Body body, int year) {
        em.lock(body, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT COALESCE(MAX(f.sequence), 0) FROM CaseFile f WHERE f.body = :b AND f.year = :y",
                        Integer.class)
                .setParameter("b", body).setParameter("y", year).getSingleResult() + 1;
    }

    public List<CasePaper> papers(CaseFile file) {
        return em.createQuery("SELECT p FROM CasePaper p WHERE p.caseFile = :f ORDER BY p.sentOn, p.id", CasePaper.class)
                .setParameter("f", file).getResultList();
    }

    public List<AgendaItem> items(CaseFile file) {
        return em.createQuery("""
                        SELECT a FROM AgendaItem a JOIN FETCH a.meeting WHERE a.caseFile = :f
                        ORDER BY a.meeting.startsAt""", AgendaItem.class)
                .setParameter("f", file).getResultList();
    }

    /** R-CASE-3: the papers' status of a case for one meeting's agenda. */
    public PaperStatus paperStatus(AgendaItem item) {
        List<LocalDate> sent = papers(item.getCaseFile()).stream().map(CasePaper::getSentOn).toList();
        return PaperDeadline.status(sent, item.getMeeting().getStartsAt(), LocalDate.now(clock), item.hasException());
    }

    /**
     * Who sits in a deciding seat at the meeting: members with a fixed seat (in the partnership meeting the hospital
     * CEO and the municipal chief executives, R-BODY-1) who are present, or their deputies sitting for them.
     */
    public List<Consensus.DecidingSeat> decidingSeats(Meeting meeting) {
        LocalDate day = meeting.day();
        boolean partnershipMeeting = meeting.getBody().getKind() == BodyKind.PARTNERSHIP_MEETING;
        List<Membership> members = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person WHERE m.body = :b",
                        Membership.class)
                .setParameter("b", meeting.getBody()).getResultStream()
                .filter(m -> m.isActiveOn(day))
                .filter(m -> partnershipMeeting ? PartnershipMeetingRules.mayDecide(m.getPerson().getPosition())
                        : m.getSeatType() == SeatType.FIXED)
                .toList();
        Map<Long, Attendance> attendance = em.createQuery("SELECT a FROM Attendance a WHERE a.meeting = :m",
                        Attendance.class)
                .setParameter("m", meeting).getResultStream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
        List<Consensus.DecidingSeat> seats = new ArrayList<>();
        for (Membership member : members) {
            Attendance own = attendance.get(member.getPerson().getId());
            if (own != null && own.getStatus() == AttendanceStatus.PRESENT) {
                seats.add(new Consensus.DecidingSeat(member.getPerson().getId(), member.getPerson().getFullName(),
                        member.getParty()));
                continue;
            }
            attendance.values().stream()
                    .filter(a -> a.getStatus() == AttendanceStatus.DEPUTY && member.getPerson().equals(a.getDeputyFor()))
                    .findFirst()
                    .ifPresent(a -> seats.add(new Consensus.DecidingSeat(a.getPerson().getId(),
                            a.getPerson().getFullName(), member.getParty())));
        }
        return seats;
    }

    public Optional<Minutes> minutes(Meeting meeting) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meeting = :m", Minutes.class)
                .setParameter("m", meeting).getResultStream().findFirst();
    }


    /** A decision of the community, for what it allowed or approved; an unknown one is refused at the field. */
    public Decision decision(long communityId, long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || decision.getCaseFile().getCommunity().getId() != communityId) {
            throw RuleViolation.invalidField("decisionId", "decision.unknown");
        }
        return decision;
    }
}
