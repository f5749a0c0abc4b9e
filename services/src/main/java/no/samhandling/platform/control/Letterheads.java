package no.samhandling.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.security.control.CurrentActor;

import java.time.Clock;
import java.time.LocalDate;

/** The letterhead of the caller's community, for the documents it files: its name, today. */
@RequestScoped
public class Letterheads {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    public Letterhead current() {
        return new Letterhead(em.find(HealthCommunity.class, currentActor.get().communityId()).getName(),
                LocalDate.now(clock));
    }
}
