package no.samhandling.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import no.samhandling.login.web.ProviderSignOut;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.Locale;

/**
 * The user's language: Norwegian bokmål first, English second. Kept for the session (it is a preference, not a
 * dialog). Every session starts in bokmål, whatever the browser says: municipal PCs often ship with English
 * browsers; the switch is on every page.
 */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private Locale locale;

    public Locale getLocale() {
        return locale == null ? BOKMAL : locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public String getOtherTag() {
        return Locale.ENGLISH.equals(getLocale()) ? "nb" : "en";
    }

    public String toggle() {
        locale = Locale.ENGLISH.equals(getLocale()) ? BOKMAL : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Ends the session; with an identity provider also the sign-in there (single sign-out). */
    public String logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Optional<String> provider = ProviderSignOut.location(request);
        if (provider.isEmpty()) {
            // with a provider the sign-in lives in the session alone; the server's own logout would also call the
            // provider from here, in a way only Keycloak understands
            request.logout();
        }
        faces.getExternalContext().invalidateSession();
        if (provider.isPresent()) {
            faces.getExternalContext().redirect(provider.get());
            faces.responseComplete();
            return null;
        }
        return "/login?faces-redirect=true";
    }
}
