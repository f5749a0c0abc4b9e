package no.samhandling.history.entity;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Names the author of a revision: the caller of the enterprise bean that made the change (every change goes through
 * one), "system" where there is none (migrations, scheduled work without a user).
 */
public class RevisionAuthor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setUsername(caller());
    }

    private static String caller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            return principal == null || "anonymous".equals(principal.getName()) ? SYSTEM : principal.getName();
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}
