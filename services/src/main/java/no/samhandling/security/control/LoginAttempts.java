package no.samhandling.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins, counted so that guessing gets slow and a stranger cannot lock anyone out.
 * <ul>
 *   <li><b>Per account</b>: after {@value #FREE_PER_ACCOUNT} failures within {@link #WINDOW}, each further attempt
 *   waits 30 s, then twice as long after every failure, at most {@link #LONGEST_WAIT}. The wait ends by itself.</li>
 *   <li><b>Not against a trusted source</b>: the account's wait does not apply to a source the user has signed in from
 *   before (the browser's device cookie, or for machine accounts the network address of an earlier success), so a
 *   stranger's failures slow down strangers, not the user.</li>
 *   <li><b>Per source</b>: after {@value #FREE_PER_SOURCE} failures within the window from one address (any account),
 *   that address waits 1 s, doubling, at most {@link #LONGEST_WAIT}; a browser with a device cookie is exempt.</li>
 * </ul>
 * A success forgets the account's failures. Not thread-safe by itself: {@link LoginThrottle} serialises access. All
 * in memory: a restart forgets, as does a node of a cluster for the others (each node throttles on its own).
 */
public final class LoginAttempts {

    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_SOURCE = 30;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration TRUSTED_FOR = Duration.ofDays(90);
    private static final int MAX_TRACKED = 100_000;
    private static final int MAX_FAILURES_KEPT = 64;

    /** Failures in the window, newest last. */
    private final Map<String, Deque<Instant>> byAccount = lru();
    private final Map<String, Deque<Instant>> bySource = lru();
    /** account → source → last success from there. */
    private final Map<String, Map<String, Instant>> trustedSources = lru();

    /** A sign-in attempt: who it claims to be, from where, whether the browser carries that user's device cookie. */
    public record Attempt(String username, String source, boolean trustedDevice) {
        String account() {
            return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A locked account as the secretariat sees it. */
    public record Lock(String username, int failures, Instant lastFailure, Instant until) {
    }

    /** How long this attempt must still wait; empty when it may try now. */
    public Optional<Duration> waitFor(Attempt attempt, Instant now) {
        Instant until = Instant.MIN;
        if (!attempt.trustedDevice()) {
            until = latest(until, lockedUntil(bySource.get(attempt.source()), FREE_PER_SOURCE, Duration.ofSeconds(1), now));
            if (!isTrustedSource(attempt, now)) {
                until = latest(until, lockedUntil(byAccount.get(attempt.account()), FREE_PER_ACCOUNT,
                        Duration.ofSeconds(30), now));
            }
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Records a failure; answers whether it (newly) locks the account for untrusted sources. */
    public boolean failed(Attempt attempt, Instant now) {
        record(bySource, attempt.source(), now);
        Deque<Instant> failures = record(byAccount, attempt.account(), now);
        return failures.size() == FREE_PER_ACCOUNT;
    }

    public void succeeded(Attempt attempt, Instant now) {
        byAccount.remove(attempt.account());
        trustedSources.computeIfAbsent(attempt.account(), a -> lru()).put(attempt.source(), now);
    }

    /** The secretariat lifts a lock: the account's failures are forgotten. */
    public boolean unlock(String username, Instant now) {
        return byAccount.remove(new Attempt(username, "", false).account()) != null;
    }

    /** Accounts that untrusted sources cannot try now, longest wait first. */
    public List<Lock> locks(Instant now) {
        return byAccount.entrySet().stream()
                .map(e -> {
                    Instant until = lockedUntil(e.getValue(), FREE_PER_ACCOUNT, Duration.ofSeconds(30), now);
                    return new Lock(e.getKey(), inWindow(e.getValue(), now), e.getValue().peekLast(), until);
                })
                .filter(l -> l.until().isAfter(now))
                .sorted((a, b) -> b.until().compareTo(a.until()))
                .toList();
    }

    private boolean isTrustedSource(Attempt attempt, Instant now) {
        Map<String, Instant> sources = trustedSources.get(attempt.account());
        Instant last = sources == null ? null : sources.get(attempt.source());
        return last != null && last.plus(TRUSTED_FOR).isAfter(now);
    }

    private static Instant lockedUntil(Deque<Instant> failures, int free, Duration firstWait, Instant now) {
        int count = inWindow(failures, now);
        if (count < free) {
            return Instant.MIN;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(20, count - free));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return failures.peekLast().plus(wait);
    }

    private static int inWindow(Deque<Instant> failures, Instant now) {
        if (failures == null) {
            return 0;
        }
        while (!failures.isEmpty() && failures.peekFirst().plus(WINDOW).isBefore(now)) {
            failures.pollFirst();
        }
        return failures.size();
    }

    private static Deque<Instant> record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        inWindow(failures, now);
        failures.addLast(now);
        if (failures.size() > MAX_FAILURES_KEPT) {
            failures.pollFirst();
        }
        return failures;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Bounded: an attacker who tries a million names cannot fill the heap; the oldest entries go first. */
    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
