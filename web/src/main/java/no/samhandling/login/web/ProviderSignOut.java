package no.samhandling.login.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcAccount;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Single sign-out with an identity provider (OpenID Connect RP-initiated logout): signing out of Samhandling also
 * ends the sign-in at the provider, so the next person at a shared municipal PC is asked who they are. The browser
 * is sent to the provider's {@code end_session_endpoint} (from its discovery document, as the server's OIDC client
 * read it) with the ID token as hint, and comes back to the public page, which the provider must know as a
 * post-logout redirect URI ({@code -Dsamhandling.base-url} + {@code /public/index.xhtml}).
 *
 * <p>WildFly's own logout attributes exist only at the "preview" stability level; this needs nothing beyond the
 * default level.
 */
public final class ProviderSignOut {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");
    /** Where the server's OIDC client keeps the signed-in account in the session. */
    private static final String ACCOUNT = OidcAccount.class.getName();

    private ProviderSignOut() {
    }

    /** Where to send the browser after the session has ended, read before it ends; empty without a provider. */
    public static Optional<String> location(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (!IdentityProvider.inUse() || session == null
                || !(session.getAttribute(ACCOUNT) instanceof OidcAccount account)) {
            return Optional.empty();
        }
        RefreshableOidcSecurityContext context = account.getOidcSecurityContext();
        String endSession = context.getOidcClientConfiguration() == null ? null
                : context.getOidcClientConfiguration().getLogoutUrl();
        if (endSession == null) {
            LOG.warning("the identity provider names no end_session_endpoint: signed out of Samhandling only");
            return Optional.empty();
        }
        String back = System.getProperty("samhandling.base-url", request.getScheme() + "://" + request.getServerName()
                + ":" + request.getServerPort() + request.getContextPath()) + "/public/index.xhtml";
        return Optional.of(endSession + (endSession.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(context.getIDTokenString())
                + "&post_logout_redirect_uri=" + encode(back)
                + "&client_id=" + encode(context.getOidcClientConfiguration().getClientId()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
