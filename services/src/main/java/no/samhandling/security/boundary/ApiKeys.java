package no.samhandling.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.ApiToken;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The API's cheap ways in (issue 18): keys the secretariat issues for an integration's account (checked by digest, not
 * bcrypt), and the stamp of an account's current password that lets the API remember a verified HTTP Basic password
 * without trusting it after the password changed or the account was deactivated.
 */
@Stateless
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");
    /** Recognisable in a configuration file or a secret scanner. */
    static final String PREFIX = "smh_";
    static final int LONGEST_VALIDITY_DAYS = 366;
    private static final Duration USE_RECORDED_EVERY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** The key in clear text, returned this once: only its digest is kept. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public IssuedKey issue(long userId, String name, LocalDate expiresOn) {
        Actor actor = currentActor.get();
        UserAccount account = account(userId, actor);
        if (!account.isActive()) {
            throw RuleViolation.invalidField("userId", "apiKey.inactiveAccount", account.getUsername());
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > ApiToken.MAX_NAME) {
            throw RuleViolation.invalidField("name", "apiKey.name.required", ApiToken.MAX_NAME);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = expiresOn == null ? today.plusYears(1) : expiresOn;
        if (lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
            throw RuleViolation.invalidField("expiresOn", "apiKey.expiresOn.range", LONGEST_VALIDITY_DAYS);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = new ApiToken(account, label, digest(key), lastDay, clock.instant(), actor.username());
        em.persist(token);
        em.flush();
        LOG.info(() -> "API key '" + label + "' (" + token.getId() + ") issued for '" + account.getUsername() + "' by '"
                + actor.username() + "', valid to " + lastDay);
        return new IssuedKey(ApiKeyLine.of(token, today), key);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ApiKeyLine> of(long userId) {
        account(userId, currentActor.get());
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account.id = :u ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("u", userId).getResultStream().map(t -> ApiKeyLine.of(t, today)).toList();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public ApiKeyLine revoke(long keyId) {
        Actor actor = currentActor.get();
        ApiToken token = em.find(ApiToken.class, keyId);
        if (token == null || token.getAccount().getCommunity().getId() != actor.communityId()) {
            throw new NotFound("ApiKey", keyId);
        }
        token.revoke(clock.instant());
        LOG.info(() -> "API key '" + token.getName() + "' (" + keyId + ") of '" + token.getAccount().getUsername()
                + "' revoked by '" + actor.username() + "'");
        return ApiKeyLine.of(token, LocalDate.now(clock));
    }

    /**
     * Whose key this is, when it is valid today and its account active: one digest and one index lookup. When it was
     * last used is written at most once an hour, so a busy integration does not write on every call.
     */
    @PermitAll
    public Optional<String> holder(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("SELECT t.id, a.username, t.lastUsedAt FROM ApiToken t JOIN t.account a "
                        + "WHERE t.tokenHash = :h AND t.revokedAt IS NULL AND t.expiresOn >= :today AND a.active = TRUE",
                        Object[].class)
                .setParameter("h", digest(key)).setParameter("today", LocalDate.now(clock)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant now = clock.instant();
        if (row[2] == null || ((Instant) row[2]).isBefore(now.minus(USE_RECORDED_EVERY))) {
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", row[0]).executeUpdate();
        }
        return Optional.of((String) row[1]);
    }

    /**
     * A digest of the active account's password hash, or empty for an unknown or inactive account: the API keeps a
     * verified password only as long as this stays the same (a new password, a reset or a deactivation changes it on
     * every node at once, as the stamp is read from the database).
     */
    @PermitAll
    public Optional<String> passwordStamp(String username) {
        return em.createQuery("SELECT u.passwordHash FROM UserAccount u WHERE u.username = :n AND u.active = TRUE",
                        String.class)
                .setParameter("n", username).getResultStream().findFirst().map(ApiKeys::digest);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private UserAccount account(long userId, Actor actor) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getCommunity().getId() != actor.communityId()) {
            throw new NotFound("User", userId);
        }
        return account;
    }

    /** An issued key: its line, and the key itself, which is never shown again. */
    public record IssuedKey(ApiKeyLine line, String key) implements java.io.Serializable {
    }

    /** A key as the secretariat sees it (never the key itself). */
    public record ApiKeyLine(long id, String name, Instant createdAt, String createdBy, LocalDate expiresOn,
                             Instant revokedAt, Instant lastUsedAt, boolean valid) implements java.io.Serializable {

        static ApiKeyLine of(ApiToken token, LocalDate today) {
            return new ApiKeyLine(token.getId(), token.getName(), token.getCreatedAt(), token.getCreatedBy(),
                    token.getExpiresOn(), token.getRevokedAt(), token.getLastUsedAt(),
                    token.validOn(today) && token.getAccount().isActive());
        }
    }
}
