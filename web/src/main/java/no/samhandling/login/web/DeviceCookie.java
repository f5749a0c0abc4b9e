package no.samhandling.login.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A browser's proof that a user signed in on it before (OWASP's device cookie): signed with the server's key, it
 * names the user and when it ends. Sign-ins that carry it are not slowed down by strangers' failures for that user.
 * The key comes from {@code SAMHANDLING_DEVICE_KEY} (so that every node and every restart accept it); without it a
 * random key per start, which only costs users a first sign-in at normal speed after a restart.
 */
@ApplicationScoped
public class DeviceCookie {

    static final String NAME = "samhandling-device";
    private static final Duration LIFETIME = Duration.ofDays(90);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key = key();

    /** Whether the request carries a valid device cookie of this user. */
    public boolean isFor(HttpServletRequest request, String username) {
        if (username == null || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName()) && valid(cookie.getValue(), username.strip())) {
                return true;
            }
        }
        return false;
    }

    /** After a successful sign-in: HttpOnly, SameSite=Strict (undertow-handlers.conf), Secure over TLS. */
    public void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        // the machine's clock, not the adjustable server clock: security measures real elapsed time
        long until = Instant.now().plus(LIFETIME).getEpochSecond();
        String payload = B64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + until;
        Cookie cookie = new Cookie(NAME, payload + "." + sign(payload));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        response.addCookie(cookie);
    }

    private boolean valid(String value, String username) {
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return false;
        }
        String payload = value.substring(0, last);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                value.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String[] parts = payload.split("\\.");
        try {
            return parts.length == 2
                    && new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).equals(username)
                    && Long.parseLong(parts[1]) > Instant.now().getEpochSecond();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] key() {
        String configured = System.getenv("SAMHANDLING_DEVICE_KEY");
        if (configured != null && configured.length() >= 32) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
