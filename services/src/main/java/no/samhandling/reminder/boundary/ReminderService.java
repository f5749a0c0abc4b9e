package no.samhandling.reminder.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.reminder.entity.ReminderDigest;
import no.samhandling.reminder.entity.ReminderPreference;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The signed-in user's choice of e-mail reminders, and the digests they were sent. Each user only their own. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class ReminderService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    public ReminderChoice mine() {
        UserAccount user = me();
        return preference(user).map(ReminderChoice::of).orElseGet(() -> ReminderChoice.none(user.getEmail()));
    }

    /** Saves the choice; refused when the user has no e-mail address, or changed it elsewhere since (stale). */
    public ReminderChoice choose(ReminderChoice choice) {
        UserAccount user = me();
        if (choice.enabled() && (user.getEmail() == null || user.getEmail().isBlank())) {
            throw RuleViolation.invalidField("enabled", "reminders.noEmail");
        }
        ReminderPreference preference = preference(user).orElse(null);
        if (preference == null) {
            if (choice.version() != ReminderChoice.NOT_CHOSEN) {
                throw new StaleVersion(ReminderPreference.class.getSimpleName(), null);
            }
            preference = new ReminderPreference(user);
            choice.applyTo(preference);
            em.persist(preference);
        } else {
            preference.requireVersion(choice.version());
            choice.applyTo(preference);
        }
        em.flush();
        return ReminderChoice.of(preference);
    }

    /** The digests sent to the user, newest first. */
    public List<SentDigest> sent() {
        return em.createQuery("SELECT d FROM ReminderDigest d WHERE d.user.id = :u ORDER BY d.day DESC", ReminderDigest.class)
                .setParameter("u", currentActor.get().userId()).setMaxResults(30).getResultStream()
                .map(d -> new SentDigest(d.getDay(), d.getItemCount(), d.getSentTo(), d.getSentAt())).toList();
    }

    public record SentDigest(LocalDate day, int items, String sentTo, Instant sentAt) implements java.io.Serializable {
    }

    private UserAccount me() {
        return em.find(UserAccount.class, currentActor.get().userId());
    }

    private Optional<ReminderPreference> preference(UserAccount user) {
        return em.createQuery("SELECT p FROM ReminderPreference p WHERE p.user = :u", ReminderPreference.class)
                .setParameter("u", user).getResultStream().findFirst();
    }
}
