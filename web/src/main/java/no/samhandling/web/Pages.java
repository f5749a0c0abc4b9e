package no.samhandling.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Small helpers every page action uses: a translated flash message that survives the redirect. */
public final class Pages {

    private Pages() {
    }

    public static void flashInfo(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = RuleViolationMessages.text(faces, key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
