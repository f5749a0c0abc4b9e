package no.samhandling.rules;

import jakarta.ejb.ApplicationException;

/** A record asked for by key does not exist (in the user's health community). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
