package no.samhandling.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The server's one record of failed sign-ins ({@link LoginAttempts}), shared by every request. */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    Clock clock;

    private final LoginAttempts attempts = new LoginAttempts();

    public synchronized Optional<Duration> waitFor(LoginAttempts.Attempt attempt) {
        return attempts.waitFor(attempt, clock.instant());
    }

    public synchronized boolean failed(LoginAttempts.Attempt attempt) {
        return attempts.failed(attempt, clock.instant());
    }

    public synchronized void succeeded(LoginAttempts.Attempt attempt) {
        attempts.succeeded(attempt, clock.instant());
    }

    public synchronized List<LoginAttempts.Lock> locks() {
        return attempts.locks(clock.instant());
    }

    public synchronized boolean unlock(String username) {
        return attempts.unlock(username, clock.instant());
    }
}
