package no.samhandling.web;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one place where a refused change becomes a message: tied to its field when the violation names one that the
 * form has (input id = field name), otherwise global. A page opened for a record that does not exist or is not the
 * user's (a view action on a plain GET) goes to the 404 or 403 page instead: there is nothing to show. The action then returns {@code null}: the user stays on the
 * page with what they typed.
 */
@ShowsRuleViolations
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RuleViolationMessages implements Serializable {

    @AroundInvoke
    Object show(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuleViolation violation) {
            add(violation.field(), violation.messageKey(), violation.arguments());
        } catch (StaleVersion stale) {
            add(null, "error.conflict");
        } catch (Forbidden | EJBAccessException forbidden) {
            if (!FacesContext.getCurrentInstance().isPostback()) {
                throw forbidden;
            }
            add(null, "error.403.text");
        } catch (NotFound notFound) {
            if (!FacesContext.getCurrentInstance().isPostback()) {
                throw notFound;
            }
            add(null, "error.404.text");
        } catch (EJBException | PersistenceException wrapped) {
            Throwable cause = Failures.cause(wrapped);
            if (cause instanceof RuleViolation violation) {
                add(violation.field(), violation.messageKey(), violation.arguments());
            } else if (Failures.isConflict(cause)) {
                add(null, "error.conflict");
            } else if (Failures.known(cause)) {
                add(null, cause instanceof NotFound ? "error.404.text" : "error.403.text");
            } else {
                throw wrapped;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    static void add(String field, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces, key, arguments);
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        String clientId = field == null ? null : clientIdOf(faces, field);
        faces.addMessage(clientId, message);
    }

    static String text(FacesContext faces, String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return format(bundle, faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The message of a key with its arguments; enum arguments by their translated names (Party.HOSPITAL). */
    public static String format(ResourceBundle bundle, java.util.Locale locale, String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            String enumKey = arguments[i] instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() + "." + e.name() : null;
            shown[i] = enumKey != null && bundle.containsKey(enumKey) ? bundle.getString(enumKey)
                    : arguments[i] instanceof java.time.LocalDate day
                    ? java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The field in the form that was submitted (input id = field name), else in the form called "form". */
    private static String clientIdOf(FacesContext faces, String field) {
        jakarta.faces.component.UIForm submitted = org.omnifaces.util.Components.getCurrentForm();
        UIComponent found = submitted == null ? null : submitted.findComponent(field);
        if (found == null) {
            found = faces.getViewRoot().findComponent("form:" + field);
        }
        return found == null ? null : found.getClientId(faces);
    }
}
