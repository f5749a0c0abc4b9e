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
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (known(t)) {
                return t;
            }
        }
        return thrown instanceof EJBException && !(thrown instanceof EJBAccessException) && thrown.getCause() != null
                ? thrown.getCause() : thrown;
    }

    /** A failure with a translated answer: refused input or rule, concurrent change, missing, forbidden. */
    public static boolean known(Throwable t) {
        return t instanceof RuleViolation || t instanceof StaleVersion || t instanceof OptimisticLockException
                || t instanceof NotFound || t instanceof Forbidden || t instanceof EJBAccessException
                || concurrentArchiveSequence(t);
    }

    /** A concurrent change: this user's edit lost against another's. */
    public static boolean isConflict(Throwable t) {
        return t instanceof StaleVersion || t instanceof OptimisticLockException || concurrentArchiveSequence(t);
    }

    /**
     * Two changes of one record committed at once took the same archive sequence number for a party: the unique key
     * (V22) refused the second, which is answered as any concurrent change (the user tries again on fresh data).
     */
    private static boolean concurrentArchiveSequence(Throwable t) {
        return t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("archive_outbox_sequence");
    }
}
