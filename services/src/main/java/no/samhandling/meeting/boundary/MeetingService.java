package no.samhandling.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.platform.control.Resources;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

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
