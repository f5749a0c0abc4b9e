package no.samhandling.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page of one record opened with its id missing or no number ({@code case.xhtml}, {@code ?id=}, {@code ?id=abc})
 * answers "not found" (404, the translated page), as an id of no record does (the services' {@code NotFound}), instead
 * of rendering the page around nothing. Applies to a first request whose view parameters failed validation.
 */
public class UnknownRecordPages implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null
                || ViewMetadata.getViewParameters(context.getViewRoot()).isEmpty()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
