package no.samhandling.login.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URI;
import java.util.Optional;

/**
 * Whether this installation signs its users in through an identity provider (OpenID Connect: Entra ID, Digdir's
 * Ansattporten, …) or with local accounts, chosen when the server starts: {@code -Dsamhandling.auth-method=OIDC}
 * and {@code -Dsamhandling.oidc.provider-url}, client id and secret (WEB-INF/oidc.json; README "Sign-in"). Local
 * accounts are the default. The same property names web.xml's auth-method, so the two cannot disagree.
 */
@ApplicationScoped
@Named("identityProvider")
public class IdentityProvider {

    static final String AUTH_METHOD = "samhandling.auth-method";
    static final String PROVIDER_URL = "samhandling.oidc.provider-url";

    public static boolean inUse() {
        return "OIDC".equals(System.getProperty(AUTH_METHOD, "FORM"));
    }

    /** For the pages: local accounts have a password page and a login page; provider accounts have neither here. */
    public boolean isInUse() {
        return inUse();
    }

    /** The provider's origin (scheme, host, port), to which the sign-out form may lead; empty with local accounts. */
    public static Optional<String> origin() {
        // the same sources, in the same order, as WEB-INF/oidc.json: the property, then the environment
        String url = System.getProperty(PROVIDER_URL, System.getenv("SAMHANDLING_OIDC_PROVIDER_URL"));
        if (!inUse() || url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(url.strip());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
