package no.samhandling.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.samhandling.user.control.CredentialsChanged;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic passwords the server has verified with bcrypt, remembered for a quarter of an hour so that an integration
 * calling many times a second does not pay 150–200 ms of CPU per call (issue 18). Kept in memory only, and only as an
 * HMAC under a key made at start (a heap dump shows no password and nothing to guess offline against), each with a
 * stamp of the account's password hash at the time: a remembered password counts only while the account is active
 * and its stamp is the database's current one, so a new password, a reset or a deactivation ends it at once, on every
 * node. Roles are not remembered: each call takes the account's roles of the moment.
 */
@ApplicationScoped
public class RememberedPasswords {

    static final Duration KEPT = Duration.ofMinutes(15);
    static final int MOST = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    public RememberedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** The stamp the password was verified under, when it was verified within the last quarter of an hour. */
    Optional<String> stampOf(String username, String password, Instant now) {
        Remembered known = verified.get(fingerprint(username, password));
        if (known == null || !known.username().equals(username)) {
            return Optional.empty();
        }
        if (now.isAfter(known.until())) {
            verified.remove(fingerprint(username, password));
            return Optional.empty();
        }
        return Optional.of(known.stamp());
    }

    /** bcrypt accepted this password while the account's password hash had this stamp. */
    void verified(String username, String password, String stamp, Instant now) {
        if (verified.size() >= MOST) {
            verified.values().removeIf(r -> now.isAfter(r.until()));
            if (verified.size() >= MOST) {
                verified.clear(); // many accounts at once: start over rather than grow
            }
        }
        verified.put(fingerprint(username, password), new Remembered(username, stamp, now.plus(KEPT)));
    }

    void forget(String username, String password) {
        verified.remove(fingerprint(username, password));
    }

    /** Sooner than the stamp check: this node forgets the user's passwords as soon as it hears of a change. */
    void credentialsChanged(@Observes CredentialsChanged change) {
        verified.values().removeIf(r -> r.username().equals(change.username()));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Remembered(String username, String stamp, Instant until) implements java.io.Serializable {
    }
}
