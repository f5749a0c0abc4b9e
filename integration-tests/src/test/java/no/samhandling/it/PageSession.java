package no.samhandling.it;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen: one computer (a loopback source address) with its cookie jar, signing in through the
 * login page as a person does, then asking for pages and the API with its session cookie.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode: its script adds the page's nonce to every form post, a browser without a screen must too. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private final String from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public PageSession(String from) {
        this.from = from;
    }

    /** Signs in through the login form; the answer is the form's (a redirect when it worked). */
    public RawHttp.Answer signIn(String username, String password) throws IOException {
        RawHttp.Answer page = get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Matcher nonce = NONCE.matcher(page.body());
        String form = "login=login&next=" + (nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "") + "&j_username=" + enc(username) + "&j_password=" + enc(password)
                + "&login-submit=x&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        return send("POST", "login.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
    }

    /**
     * Submits a form of the page as the browser would after the user typed into it: the page's view state and
     * nonce, the given fields (by id inside the form) and the button pressed.
     */
    public RawHttp.Answer submit(String path, String formId, Map<String, String> fields, String button) throws IOException {
        return submitWithViewState(path, formId, fields, button, null);
    }

    /** As {@link #submit}, but with the given view state instead of the page's (stale, or another session's). */
    public RawHttp.Answer submitWithViewState(String path, String formId, Map<String, String> fields, String button,
                                              String viewState) throws IOException {
        RawHttp.Answer page = get(path);
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path + ": " + page.status());
        }
        StringBuilder form = new StringBuilder(enc(formId) + "=" + enc(formId));
        fields.forEach((id, value) -> form.append('&').append(enc(formId + ":" + id)).append('=').append(enc(value)));
        form.append('&').append(enc(formId + ":" + button)).append("=x");
        if (nonce.find()) {
            form.append("&primefaces.nonce=").append(enc(nonce.group(1)));
        }
        form.append("&jakarta.faces.ViewState=").append(enc(viewState != null ? viewState
                : state.group(1).replace("&#58;", ":")));
        return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), form.toString());
    }

    public boolean signedIn(RawHttp.Answer answer) {
        return answer.status() == 302 && answer.header("Location") != null && answer.header("Location").contains("index");
    }

    public RawHttp.Answer get(String path) throws IOException {
        return send("GET", path, Map.of(), null);
    }

    public RawHttp.Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!cookies.isEmpty()) {
            all.put("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        RawHttp.Answer answer = RawHttp.send(from, method, path, all, body);
        for (String cookie : answer.all("Set-Cookie")) {
            String pair = cookie.split(";")[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return answer;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** A cookie this browser kept from before. */
    public void carry(String name, String value) {
        cookies.put(name, value);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
