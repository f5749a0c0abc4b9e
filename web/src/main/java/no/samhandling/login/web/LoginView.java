package no.samhandling.login.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samhandling.security.boundary.SignInService;
import no.samhandling.security.control.LoginAttempts.Attempt;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The login page: signs in with the server's own mechanism ({@link HttpServletRequest#login}, the same users and
 * realm as before, the identity kept in the session), but through the sign-in throttle first. After success the
 * session gets a new id (no fixation), the browser a device cookie, and the user the page they asked for.
 */
@Named("login")
@RequestScoped
public class LoginView {

    @Inject
    SignInService signIn;

    @Inject
    DeviceCookie deviceCookie;

    @Inject
    SignedInSessions sessions;

    private String username;
    private String password;

    /** The page the server sent to login when a signed-out user asked for it; empty on a direct visit. */
    public String getRequested() {
        HttpServletRequest request = request();
        Object uri = request.getAttribute("jakarta.servlet.forward.request_uri");
        Object query = request.getAttribute("jakarta.servlet.forward.query_string");
        return uri == null ? "" : uri + (query == null ? "" : "?" + query);
    }

    public String signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        String name = username == null ? "" : username.strip();
        Attempt attempt = new Attempt(name, request.getRemoteAddr(), deviceCookie.isFor(request, name));
        Optional<Duration> wait = signIn.admit(attempt);
        if (wait.isPresent()) {
            error(faces, "login.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return null;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password == null ? "" : password);
        } catch (ServletException wrong) {
            signIn.failed(attempt, password);
            error(faces, "login.error");
            return null;
        } finally {
            password = null;
        }
        signIn.succeeded(attempt);
        request.changeSessionId();
        sessions.signedIn(name, request.getSession());
        deviceCookie.issue(request, (HttpServletResponse) external.getResponse(), name);
        external.redirect(target(request, request.getParameter("next")));
        faces.responseComplete();
        return null;
    }

    /** Back to the page asked for, when it is one of this application's; otherwise the start page. */
    private static String target(HttpServletRequest request, String next) {
        String root = request.getContextPath() + "/";
        boolean local = next != null && next.startsWith(root) && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("://") && !next.startsWith(root + "api/");
        return local ? next : root + "index.xhtml";
    }

    private static void error(FacesContext faces, String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = new java.text.MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getUsername() { return username; }
    public void setUsername(String value) { this.username = value; }
    public String getPassword() { return password; }
    public void setPassword(String value) { this.password = value; }
}
