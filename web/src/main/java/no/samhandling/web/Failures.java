package no.samhandling.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;

/**
 * What a request failed on, for the pages and the API alike. A rule refused at commit (a record's guard runs when
 * the transaction flushes) or a change made concurrently arrives wrapped by the transaction manager and the EJB
 * container; the innermost failure the application knows is the answer.
 */
public final class Failures {

    private Failures() {
    }

    public static Throwable cause(Throwable thrown) {
        java.util.Optional<Throwable> known = first(thrown, t -> known(t) ? java.util.Optional.of(t) : java.util.Optional.empty());
        if (known.isPresent()) {
            return known.get();
        }
        // a unique key that guards a rule refused the change at commit (two requests at once both passed the check)
        java.util.Optional<RuleViolation> guarded = first(thrown, KnownConstraints::ruleOf);
        if (guarded.isPresent()) {
            return guarded.get();
        }
        return thrown instanceof EJBException && !(thrown instanceof EJBAccessException) && thrown.getCause() != null
                ? thrown.getCause() : thrown;
    }

    /**
     * The first answer found in the chain of causes and what they suppressed: a conflict found while the transaction
     * commits (the flush before completion) reaches the caller as the transaction manager's rollback, which carries the
     * persistence provider's failure as suppressed, not always as its cause.
     */
    private static <T> java.util.Optional<T> first(Throwable thrown,
                                                   java.util.function.Function<Throwable, java.util.Optional<T>> answer) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        next.push(thrown);
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            java.util.Optional<T> found = answer.apply(t);
            if (found.isPresent()) {
                return found;
            }
            java.util.List<Throwable> deeper = new java.util.ArrayList<>();
            if (t.getCause() != null) {
                deeper.add(t.getCause());
            }
            deeper.addAll(java.util.Arrays.asList(t.getSuppressed()));
            for (int i = deeper.size() - 1; i >= 0; i--) {
                next.push(deeper.get(i)); // the cause first, then what was suppressed, depth first as before
            }
        }
        return java.util.Optional.empty();
    }

    /** A failure with a translated answer: refused input or rule, concurrent change, missing, forbidden. */
    public static boolean known(Throwable t) {
        return t instanceof RuleViolation || t instanceof NotFound || t instanceof Forbidden
                || t instanceof EJBAccessException || isConflict(t);
    }

    /** A concurrent change: this user's edit lost against another's. */
    public static boolean isConflict(Throwable t) {
        return t instanceof StaleVersion || t instanceof OptimisticLockException || staleInHibernate(t)
                || concurrentArchiveSequence(t);
    }

    /** Hibernate's own stale-state failure, when it arrives unconverted (thrown at commit, outside the EntityManager). */
    private static boolean staleInHibernate(Throwable t) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if ("org.hibernate.StaleStateException".equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two changes committed at once took the same number: an archive sequence number for a party (V22), or a case or
     * dispute number should the row lock ever be bypassed. The unique key refused the second, which is answered as any
     * concurrent change (the user tries again on fresh data).
     */
    private static boolean concurrentArchiveSequence(Throwable t) {
        return KnownConstraints.isConcurrentNumber(t);
    }
}
