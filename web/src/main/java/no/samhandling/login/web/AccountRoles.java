package no.samhandling.login.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.samhandling.security.boundary.CallerRoles;
import no.samhandling.user.entity.Role;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who may see which pages, for both ways of signing in (mapped to {@code /*} in web.xml, after the security headers):
 * the application pages need a human role (an archive system's machine account has none), the administration pages
 * the secretariat's; otherwise 403. web.xml only asks that someone is signed in.
 *
 * <p>With an identity provider the provider's token says who the user is; what the user may do comes from
 * Samhandling's own user tables, as with local accounts: the roles the services see ({@link CallerRoles}) answer
 * {@code isUserInRole} for the pages and the API, kept in the session for its length (a local sign-in keeps its roles
 * for the session too). A user the provider knows but Samhandling does not, or whose account is inactive, has no
 * role and sees "no access". Such a session is registered like a local sign-in, so that deactivating the account ends
 * it.
 */
public class AccountRoles extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");
    private static final String ROLES = AccountRoles.class.getName() + ".roles";
    /** Set for the 403 page when the signed-in user has no role here at all: it says whom to ask. */
    static final String NO_ACCOUNT = "samhandlingNoAccount";
    private static final Set<Role> HUMAN = EnumSet.of(Role.SECRETARIAT, Role.MUNICIPAL_ADMIN, Role.HOSPITAL_ADMIN,
            Role.MEMBER);

    @EJB
    CallerRoles callerRoles;

    @Inject
    SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest effective = request;
        Principal principal = request.getUserPrincipal();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (IdentityProvider.inUse()) {
            if (path.equals("/login.xhtml")) {
                // the provider's sign-in page is the login page: a bookmark or a timed-out page lands there
                response.sendRedirect(request.getContextPath() + "/index.xhtml");
                return;
            }
            if (principal != null) {
                effective = new WithRoles(request, roles(request, principal.getName()));
            }
        }
        if (principal != null && (path.startsWith("/app/") || path.equals("/index.xhtml"))) {
            HttpServletRequest asked = effective;
            if (HUMAN.stream().noneMatch(role -> asked.isUserInRole(role.name()))) {
                LOG.warning(() -> "'" + principal.getName() + "' signed in but has no role for the pages");
                request.setAttribute(NO_ACCOUNT, principal.getName());
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (path.startsWith("/app/admin/") && !asked.isUserInRole(Role.SECRETARIAT.name())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(effective, response);
    }

    /** A browser's roles once per session; a machine's bearer call has no session and is asked each time. */
    private Set<Role> roles(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return callerRoles.current();
        }
        Object known = session.getAttribute(ROLES);
        if (known instanceof Known roles && roles.username().equals(username)) {
            return roles.roles();
        }
        Set<Role> roles = callerRoles.current();
        session.setAttribute(ROLES, new Known(username, roles));
        sessions.signedIn(username, session);
        LOG.info(() -> "'" + username + "' signed in through the identity provider with roles " + roles);
        return roles;
    }

    private record Known(String username, Set<Role> roles) implements Serializable {
    }

    /** The request as the pages and the API see it: roles from Samhandling, not from the provider's token. */
    private static final class WithRoles extends HttpServletRequestWrapper {

        private final Set<Role> roles;

        WithRoles(HttpServletRequest request, Set<Role> roles) {
            super(request);
            this.roles = roles;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.stream().anyMatch(r -> r.name().equals(role));
        }
    }
}
