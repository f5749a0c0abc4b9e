package no.samhandling.rules;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else changed the record after the user loaded it (optimistic locking). Nothing is written; the user
 * reloads and sees the other change before trying again.
 */
@ApplicationException(rollback = true)
public class StaleVersion extends RuntimeException {

    private final String what;

    public StaleVersion(String what, Object key) {
        super(what + " " + key + " was changed by someone else");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
