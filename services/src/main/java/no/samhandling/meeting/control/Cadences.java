package no.samhandling.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.meeting.boundary.CadenceGap;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.meeting.entity.MeetingCadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R-BODY-1 / R-BODY-2: the periods of this year that have begun without a meeting of SSU (each quarter) or of the
 * partnership meeting (January/February), for the meetings page and the deadlines alike.
 */
@ApplicationScoped
public class Cadences {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    public List<CadenceGap> of(long community, LocalDate today) {
        List<Body> bodies = em.createQuery("""
                        SELECT b FROM Body b WHERE b.community.id = :c AND b.kind IN (:ssu, :partnership)
                        ORDER BY b.level""", Body.class)
                .setParameter("c", community).setParameter("ssu", BodyKind.STRATEGIC_COMMITTEE)
                .setParameter("partnership", BodyKind.PARTNERSHIP_MEETING)
                .getResultStream().filter(b -> b.isValidOn(today)).toList();
        List<CadenceGap> gaps = new ArrayList<>();
        for (Body body : bodies) {
            List<LocalDate> days = em.createQuery("SELECT m FROM Meeting m WHERE m.body = :b", Meeting.class)
                    .setParameter("b", body).getResultStream().map(Meeting::day).toList();
            MeetingCadence.gaps(body.getKind(), days, today.getYear(), today).stream()
                    .filter(g -> body.isValidOn(g.to()))
                    .forEach(g -> gaps.add(new CadenceGap(body.getCode(), body.getNameNb(), body.getNameEn(), g.year(),
                            g.quarter(), g.from(), g.to(), body.getId())));
        }
        return gaps;
    }
}
