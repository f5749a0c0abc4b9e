package no.samhandling.archive.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the archive relay treats a row it could not send (its recipient has no queue, or the broker refused it): it
 * tries again after {@code firstDelay}, each later time after twice as long, never more than {@code longestDelay}
 * apart, and after {@code attempts} failed tries it parks the row for operations instead of trying for ever.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration longestDelay) implements java.io.Serializable {

    /** Twelve tries over about four hours (10 s, 20 s, 40 s … at most an hour apart), then parked. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(12, Duration.ofSeconds(10), Duration.ofHours(1));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(longestDelay, "longestDelay");
        if (attempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy: " + attempts + " attempts, " + firstDelay + " to "
                    + longestDelay);
        }
    }

    /** The wait after the given number of failed tries (1 for the first failure). */
    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** After this many failed tries the row is parked. */
    public boolean parks(int failures) {
        return failures >= attempts;
    }

    /** When a row that failed this many times is tried again, or null when it is parked. */
    public Instant nextAttempt(int failures, Instant failedAt) {
        return parks(failures) ? null : failedAt.plus(delayAfter(failures));
    }
}
