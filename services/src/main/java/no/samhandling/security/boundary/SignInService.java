package no.samhandling.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.rules.NotFound;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.security.control.LoginAttempts;
import no.samhandling.security.control.LoginAttempts.Attempt;
import no.samhandling.security.control.LoginThrottle;
import no.samhandling.user.control.PasswordHasher;
import no.samhandling.user.entity.Role;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Around every sign-in with a password (the login page and HTTP Basic on the API): whether it may be tried now,
 * what a failure costs, and the same answer time whether the user exists or not. Every failure and every lock is
 * logged (user name and source address, never the password).
 */
@Stateless
public class SignInService {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");
    /** A bcrypt hash of a random password: verifying against it costs what a real user's check costs. */
    private static final String NOBODY = PasswordHasher.hash(java.util.UUID.randomUUID().toString());

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentActor currentActor;

    /** Empty when the attempt may be tried now; otherwise how long it must wait. */
    @PermitAll
    public Optional<Duration> admit(Attempt attempt) {
        Optional<Duration> wait = throttle.waitFor(attempt);
        wait.ifPresent(w -> LOG.warning(() -> "sign-in refused while throttled: user '" + attempt.username()
                + "' from " + attempt.source() + ", " + w.toSeconds() + " s left"));
        return wait;
    }

    /**
     * The password was wrong, or the user unknown or inactive: counted, logged, and for a user who does not exist a
     * password check as costly as a real one, so the answer time does not tell which.
     */
    @PermitAll
    public void failed(Attempt attempt, String password) {
        if (!exists(attempt.username())) {
            PasswordHasher.matches(password == null ? "" : password, NOBODY);
        }
        boolean locked = throttle.failed(attempt);
        LOG.warning(() -> "sign-in failed: user '" + attempt.username() + "' from " + attempt.source()
                + (attempt.trustedDevice() ? " (known device)" : ""));
        if (locked) {
            LOG.warning(() -> "account '" + attempt.username() + "' throttled for sign-ins from unknown sources after "
                    + "repeated failures");
        }
    }

    @PermitAll
    public void succeeded(Attempt attempt) {
        throttle.succeeded(attempt);
    }

    /** The secretariat sees which of its community's accounts strangers are locked out of, and until when. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<LoginAttempts.Lock> locks() {
        Set<String> own = communityUsers();
        return throttle.locks().stream().filter(l -> own.contains(l.username())).toList();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void unlock(String username) {
        if (!communityUsers().contains(username)) {
            throw new NotFound("User", username);
        }
        throttle.unlock(username);
        LOG.info(() -> "account '" + username + "' unlocked by " + currentActor.get().username());
    }

    private boolean exists(String username) {
        return username != null && !em.createQuery(
                        "SELECT u.id FROM UserAccount u WHERE u.username = :name AND u.active = TRUE", Long.class)
                .setParameter("name", username).setMaxResults(1).getResultList().isEmpty();
    }

    private Set<String> communityUsers() {
        return em.createQuery("SELECT u.username FROM UserAccount u WHERE u.community.id = :c", String.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream().collect(Collectors.toSet());
    }
}
