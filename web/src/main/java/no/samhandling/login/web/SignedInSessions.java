package no.samhandling.login.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import no.samhandling.user.control.CredentialsChanged;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Which sessions each user has open on this server, so that a changed or reset password (or a deactivated account)
 * ends them: whoever knew the old password is signed out everywhere, except in the session that made the user's own
 * change. In a cluster each node ends the sessions it holds (issue 21 brings distributable sessions).
 */
@ApplicationScoped
@WebListener
public class SignedInSessions implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger("no.samhandling.security.login");
    private static final String USER = SignedInSessions.class.getName() + ".user";
    private static final Map<String, Set<HttpSession>> BY_USER = new ConcurrentHashMap<>();

    @Inject
    HttpServletRequest request;

    /** After a successful sign-in on the login page. */
    public void signedIn(String username, HttpSession session) {
        session.setAttribute(USER, username);
        BY_USER.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void credentialsChanged(@Observes CredentialsChanged change) {
        HttpSession here = change.byTheUser() ? request.getSession(false) : null;
        String current = here == null ? null : here.getId();
        Set<HttpSession> sessions = BY_USER.getOrDefault(change.username(), Set.of());
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            String id;
            try {
                id = session.getId();
            } catch (IllegalStateException alreadyEnded) {
                sessions.remove(session);
                continue;
            }
            if (!id.equals(current)) {
                sessions.remove(session);
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // expired meanwhile
                }
            }
        }
        int count = ended;
        LOG.info(() -> "credentials of '" + change.username() + "' changed: " + count + " other session(s) ended");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object username = event.getSession().getAttribute(USER);
        if (username != null) {
            Set<HttpSession> sessions = BY_USER.get(username.toString());
            if (sessions != null) {
                sessions.remove(event.getSession());
            }
        }
    }
}
