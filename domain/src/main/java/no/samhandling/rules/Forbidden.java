package no.samhandling.rules;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not act on this record (for example another municipality's partner). */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
