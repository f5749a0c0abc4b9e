package no.samhandling.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.control.People;
import no.samhandling.body.entity.Person;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.meeting.entity.Attendance;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.platform.control.Resources;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The meetings of the user's health community with their agendas. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class MeetingService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    People people;

    /** Records (or corrects) one person's attendance at a meeting of the community. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void recordAttendance(long meetingId, long personId, AttendanceStatus status, Long deputyForPersonId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Meeting", meetingId);
        }
        Person person = person(personId);
        Person deputyFor = deputyForPersonId == null ? null : person(deputyForPersonId);
        Attendance existing = em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.meeting = :m AND a.person = :p", Attendance.class)
                .setParameter("m", meeting).setParameter("p", person).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new Attendance(meeting, person, status, deputyFor));
        } else {
            existing.record(status, deputyFor);
        }
    }

    /**
     * R-BODY-7: GP participation is paid — every attendance of a GP (as GP representative or general practitioner)
     * at a meeting in the period, oldest first.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<GpAttendanceLine> gpAttendance(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalidField("to", "membership.term.endsBeforeStart");
        }
        return em.createQuery("""
                        SELECT a FROM Attendance a JOIN FETCH a.meeting JOIN FETCH a.meeting.body
                        WHERE a.meeting.community.id = :c AND a.meeting.startsAt >= :from AND a.meeting.startsAt < :to
                        AND a.person.position = no.samhandling.body.entity.Position.GENERAL_PRACTITIONER
                        ORDER BY a.meeting.startsAt, a.person.fullName""", Attendance.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("from", from.atStartOfDay(Resources.OSLO).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(Resources.OSLO).toInstant())
                .getResultStream()
                .filter(Attendance::wasThere)
                .map(a -> new GpAttendanceLine(a.getMeeting().getStartsAt().atZone(Resources.OSLO).toLocalDate(),
                        a.getMeeting().getBody().getNameNb(), a.getMeeting().getTitle(), a.getPerson().getFullName(),
                        a.getStatus().name(), a.getDeputyFor() == null ? null : a.getDeputyFor().getFullName()))
                .toList();
    }

    private Person person(long personId) {
        return people.get(currentActor.get().communityId(), personId);
    }

    public List<MeetingSummary> list() {
        long community = currentActor.get().communityId();
        List<Meeting> meetings = em.createQuery("""
                        SELECT m FROM Meeting m JOIN FETCH m.body
                        WHERE m.community.id = :c ORDER BY m.startsAt DESC""", Meeting.class)
                .setParameter("c", community).getResultList();
        Map<Long, List<CaseFile>> agendas = em.createQuery("""
                        SELECT f FROM CaseFile f WHERE f.community.id = :c AND f.meeting IS NOT NULL
                        ORDER BY f.year, f.sequence""", CaseFile.class)
                .setParameter("c", community).getResultStream()
                .collect(Collectors.groupingBy(f -> f.getMeeting().getId()));
        return meetings.stream().map(m -> new MeetingSummary(m.getId(), m.getBody().getCode(),
                        m.getBody().getNameNb(), m.getBody().getNameEn(), m.getStartsAt().atZone(Resources.OSLO),
                        m.getPlace(), m.getTitle(),
                        agendas.getOrDefault(m.getId(), List.of()).stream()
                                .map(f -> new MeetingSummary.AgendaItem(f.getId(), f.number(), f.getTitle(),
                                        f.getStep(), f.getConsequences()))
                                .toList()))
                .toList();
    }
}
