package no.samhandling.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.samhandling.login.web.IdentityProvider;

import java.io.IOException;

/**
 * Headers on every answer (mapped first to {@code /*} in web.xml), so that no page can be framed by another site,
 * no answer is sniffed into something it is not, and no address leaks to other sites:
 * <ul>
 *   <li>pages: a policy for everything but scripts ({@code frame-ancestors 'none'}, forms only to this server, no
 *   plugins, images and styles from here); scripts are governed by PrimeFaces' own policy ({@code primefaces.CSP}
 *   in web.xml: {@code script-src 'self' 'nonce-…'}, a new nonce per page, every inline handler moved into a
 *   nonce'd script). Browsers enforce both policies.</li>
 *   <li>the API: {@code default-src 'none'} — its answers are data, never documents to run.</li>
 * </ul>
 * Cookies get {@code SameSite} and, over TLS, {@code Secure} in undertow-handlers.conf; {@code HttpOnly} in web.xml.
 */
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:";
    /** Signing out with an identity provider posts the form here and is sent on to the provider's sign-out page. */
    private static final String PAGE_POLICY_HERE = IdentityProvider.origin()
            .map(provider -> PAGE_POLICY.replace("form-action 'self'", "form-action 'self' " + provider))
            .orElse(PAGE_POLICY);
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY_HERE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
