package no.samhandling.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A caller whose credentials were checked without the container (an API key, a remembered password), made the
 * request's caller through WildFly Elytron: the application's security domain loads the account from its JDBC realm
 * (an unknown or inactive account has no identity, and the roles are the account's of the moment) and the rest of the
 * request runs as that identity, so the services' {@code @RolesAllowed} and caller checks see it as after a
 * password sign-in.
 */
final class TrustedCaller {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");

    private final SecurityIdentity identity;

    private TrustedCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The account's identity in the application's security domain; empty when there is none to be had. */
    static Optional<TrustedCaller> of(String username) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            LOG.warning("no Elytron security domain for the API: remembered passwords and API keys cannot be used");
            return Optional.empty();
        }
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(username);
            if (context.exists() && context.authorize()) {
                context.succeed();
                return Optional.of(new TrustedCaller(context.getAuthorizedIdentity()));
            }
            context.fail();
            return Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the user realm did not answer", e);
        }
    }

    /** The rest of the filter chain, as this caller. */
    void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String authType)
            throws IOException, ServletException {
        HttpServletRequest asCaller = new AsCaller(request, identity, authType);
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(asCaller, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof ServletException servlet) throw servlet;
            if (cause instanceof RuntimeException runtime) throw runtime;
            throw new ServletException(cause);
        }
    }

    boolean hasRole(String role) {
        return identity.getRoles().contains(role);
    }

    private static final class AsCaller extends HttpServletRequestWrapper {

        private final SecurityIdentity identity;
        private final String authType;

        AsCaller(HttpServletRequest request, SecurityIdentity identity, String authType) {
            super(request);
            this.identity = identity;
            this.authType = authType;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return authType;
        }
    }
}
