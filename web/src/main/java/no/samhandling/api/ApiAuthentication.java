package no.samhandling.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.samhandling.login.web.IdentityProvider;
import no.samhandling.security.boundary.ApiKeys;
import no.samhandling.security.boundary.SignInService;
import no.samhandling.security.control.LoginAttempts.Attempt;
import no.samhandling.user.entity.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who calls the API, decided before any resource runs (mapped to {@code /api/*} in web.xml):
 * <ul>
 *   <li>HTTP Basic: checked here against the same users as the pages, through the sign-in throttle (429 with
 *   {@code Retry-After} while an account or source must wait), every failure counted and logged; the check leaves
 *   no session behind. A password bcrypt accepted is remembered for a while ({@link RememberedPasswords}), so the
 *   next calls cost a digest and a lookup, not another bcrypt.</li>
 *   <li>An API key the secretariat issued for an integration ({@link ApiKeys}): {@code Authorization: Bearer smh_…},
 *   checked by its digest.</li>
 *   <li>The browser's session cookie: only to read (the pages link to downloads). A write with it is refused, so a
 *   page on another site cannot make a signed-in user's browser change anything (CSRF); any write whose
 *   {@code Origin} is another site is refused as well.</li>
 *   <li>With an identity provider ({@link IdentityProvider}): the provider's bearer token instead of HTTP Basic (a
 *   machine account signs in with client credentials), verified by the server's OIDC client before this filter; the
 *   roles come from the account in Samhandling ({@code AccountRoles}).</li>
 *   <li>Nothing: 401 problem+json with {@code WWW-Authenticate}, never the login page.</li>
 * </ul>
 * No CORS header is ever sent: other sites' scripts cannot read answers.
 */
public class ApiAuthentication extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** A 20 MB paper fits, with room; the server's own limit (max-post-size, 100 MB) is only the backstop. */
    static final long MAX_REQUEST_BYTES = 25L * 1024 * 1024;
    private static final String BASIC = "Basic realm=\"Samhandling\", charset=\"UTF-8\"";
    private static final String BEARER = "Bearer realm=\"Samhandling\"";

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");

    @Inject
    SignInService signIn;

    @Inject
    ApiKeys apiKeys;

    @Inject
    RememberedPasswords passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            Problem.of(request, 413, "too-large", "api.tooLarge", MAX_REQUEST_BYTES / (1024 * 1024)).write(response);
            return;
        }
        boolean safe = SAFE.contains(request.getMethod());
        if (!safe && crossSite(request)) {
            Problem.of(request, 403, "cross-site", "api.crossSite").write(response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        boolean hadSession = request.getSession(false) != null;
        boolean signedInHere = false;
        TrustedCaller trusted = null;
        if (IdentityProvider.inUse()) {
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                if (request.getUserPrincipal() == null) { // the server's OIDC client found the token wanting
                    unauthorized(request, response, "api.wrongCredentials");
                    return;
                }
            } else if (authorization != null || request.getUserPrincipal() == null) {
                unauthorized(request, response, "api.unauthorized");
                return;
            } else if (!safe) {
                Problem.of(request, 403, "session-write", "api.sessionWrite").write(response);
                return;
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            trusted = apiKeys.holder(authorization.substring(7).strip()).flatMap(TrustedCaller::of).orElse(null);
            if (trusted == null) {
                LOG.warning(() -> "API call with an unknown, revoked or expired key from " + request.getRemoteAddr());
                unauthorized(request, response, "api.wrongKey");
                return;
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = basic(authorization.substring(6).strip());
            if (credentials == null) {
                unauthorized(request, response, "api.unauthorized");
                return;
            }
            if (request.getUserPrincipal() == null || !request.getUserPrincipal().getName().equals(credentials[0])) {
                Attempt attempt = new Attempt(credentials[0], request.getRemoteAddr(), false);
                if (throttled(request, response, attempt)) {
                    return;
                }
                trusted = remembered(credentials[0], credentials[1]).orElse(null);
                if (trusted == null) {
                    if (!signIn(request, response, attempt, credentials[1])) {
                        return;
                    }
                    signedInHere = true;
                }
            }
        } else if (request.getUserPrincipal() == null) {
            unauthorized(request, response, "api.unauthorized");
            return;
        } else if (!safe) {
            Problem.of(request, 403, "session-write", "api.sessionWrite").write(response);
            return;
        }
        TrustedCaller caller = trusted;
        if (Arrays.stream(Role.values()).noneMatch(role -> caller == null
                ? request.isUserInRole(role.name()) : caller.hasRole(role.name()))) {
            Problem.of(request, 403, "forbidden", "error.403.text").write(response);
            return;
        }
        try {
            if (caller != null) {
                caller.proceed(request, response, chain, authorization.substring(0, authorization.indexOf(' ')).toUpperCase());
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            if ((signedInHere || caller != null) && !hadSession) {
                HttpSession created = request.getSession(false);
                if (created != null) {
                    created.invalidate();
                }
            }
        }
    }

    /** 429 with {@code Retry-After} while the account or source must wait after failed guesses. */
    private boolean throttled(HttpServletRequest request, HttpServletResponse response, Attempt attempt)
            throws IOException {
        Optional<Duration> wait = signIn.admit(attempt);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, wait.get().toSeconds());
        response.setHeader("Retry-After", String.valueOf(seconds));
        Problem.of(request, 429, "throttled", "login.throttled", Math.max(1, (seconds + 59) / 60)).write(response);
        return true;
    }

    /** A password bcrypt accepted within the last quarter of an hour, still the account's current one. */
    private Optional<TrustedCaller> remembered(String username, String password) {
        // the machine's clock, not the adjustable server clock: security measures real elapsed time
        Optional<String> stamp = passwords.stampOf(username, password, Instant.now());
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        if (!stamp.equals(apiKeys.passwordStamp(username))) {
            passwords.forget(username, password);
            return Optional.empty();
        }
        return TrustedCaller.of(username);
    }

    /** The container's own password check (bcrypt); a password it accepts is remembered. */
    private boolean signIn(HttpServletRequest request, HttpServletResponse response, Attempt attempt, String password)
            throws IOException, ServletException {
        Optional<String> stamp = apiKeys.passwordStamp(attempt.username()); // before: a change meanwhile invalidates
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(attempt.username(), password);
        } catch (ServletException wrong) {
            signIn.failed(attempt, password);
            unauthorized(request, response, "api.wrongCredentials");
            return false;
        }
        signIn.succeeded(attempt);
        stamp.ifPresent(s -> passwords.verified(attempt.username(), password, s, Instant.now()));
        return true;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String key)
            throws IOException {
        response.setHeader("WWW-Authenticate", IdentityProvider.inUse() ? BEARER : BASIC);
        Problem.of(request, 401, "unauthorized", key).write(response);
    }

    /** user and password of a Basic header, or null when it cannot be read. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** A write whose Origin (or, without one, Referer) is not this server's own. */
    static boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = referer;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80) ? "" : ":" + request.getServerPort());
        return !(origin.equalsIgnoreCase(own) || origin.regionMatches(true, 0, own + "/", 0, own.length() + 1));
    }
}
