package no.samhandling.reminder.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.reminder.control.Digest;
import no.samhandling.reminder.control.ReminderMailer;
import no.samhandling.reminder.entity.ReminderPreference;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder digests, at 06:15 Oslo time, by a persistent timer: a run missed while the server was down
 * happens when it is back, and what was sent before the restart is not sent again (one digest per user and day, each
 * deadline once per stage). Reads every community's deadlines as its secretariat, then gives each user who chose
 * reminders the part that concerns them. A boundary: the timer is an entry point of its own, as a request is, and it
 * asks the deadlines' boundary under the identity it runs as (controls do not call boundaries).
 */
@Singleton
@PermitAll
@RunAs(Role.Names.SECRETARIAT)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    DeadlineService deadlines;

    @Inject
    ReminderMailer mailer;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Inject
    RequestContextController requestContext;

    /**
     * Without a transaction of its own, as {@link #sendDigests()}: the timer calls that method through {@code this},
     * which would not start the container's boundary, so the run itself must not hold one (else every mail of the run
     * would wait in one transaction, and one failure roll back the record of all sent before it).
     */
    @Schedule(hour = "6", minute = "15", timezone = "Europe/Oslo", persistent = true, info = "reminder digests")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        // the request scope (where the job's assumed actor lives) is made sure of, as a timer has no request
        boolean activated = requestContext.activate();
        try {
            sendDigests();
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    /** Sends today's digests; returns how many mails went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDigests() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (HealthCommunity community : em.createQuery("SELECT c FROM HealthCommunity c", HealthCommunity.class)
                .getResultList()) {
            List<ReminderPreference> chosen = em.createQuery("""
                            SELECT p FROM ReminderPreference p JOIN FETCH p.user WHERE p.enabled = TRUE
                            AND p.user.active = TRUE AND p.user.email IS NOT NULL AND p.user.community = :c""", ReminderPreference.class)
                    .setParameter("c", community).getResultList();
            if (chosen.isEmpty()) {
                continue;
            }
            List<Deadline> all;
            currentActor.assume(new Actor(0, "samhandling-reminders", "Samhandling", community.getId(), null,
                    Set.of(Role.SECRETARIAT)));
            try {
                all = deadlines.overview();
            } finally {
                currentActor.release();
            }
            for (ReminderPreference preference : chosen) {
                sent += sendTo(preference, all, today);
            }
        }
        int mails = sent;
        LOG.info(() -> "Reminder digests of " + today + ": " + mails + " sent");
        return mails;
    }

    private int sendTo(ReminderPreference preference, List<Deadline> all, LocalDate today) {
        long userId = preference.getUser().getId();
        if (mailer.sentOn(userId, today)) {
            return 0;
        }
        Deadline.Reader reader = deadlines.reader(userId);
        Digest digest = Digest.compose(all.stream().filter(d -> d.concerns(reader)).toList(),
                ReminderChoice.of(preference).topics(), preference.getDaysAhead(), today, mailer.told(userId));
        if (digest.isEmpty()) {
            return 0;
        }
        try {
            mailer.send(userId, today, digest, clock.instant());
            return 1;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Reminder digest to user " + userId + " not sent; the next run tries again", e);
            return 0;
        }
    }

    /** The persistent timer of the daily run, for operations to see when it runs next. */
    public Optional<Timer> timer() {
        return timers.getTimers().stream().filter(t -> "reminder digests".equals(t.getInfo())).findFirst();
    }
}
