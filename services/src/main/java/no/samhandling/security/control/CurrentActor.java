package no.samhandling.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.rules.Forbidden;
import no.samhandling.user.entity.UserAccount;

import java.security.Principal;

/**
 * Resolves the caller principal to an {@link Actor} once per request and caller (a request runs as one user; the
 * check on the name keeps it right when code switches identity within one request, as run-as does).
 */
@RequestScoped
public class CurrentActor {

    @Inject
    Principal principal;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    private Actor actor;
    private boolean assumed;

    public Actor get() {
        if (assumed) {
            return actor;
        }
        String name = principal == null ? null : principal.getName();
        if (actor == null || !actor.username().equals(name)) {
            UserAccount user = em.createQuery(
                            "SELECT u FROM UserAccount u WHERE u.username = :name AND u.active = TRUE", UserAccount.class)
                    .setParameter("name", name)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new Forbidden("no active user " + name));
            actor = new Actor(user.getId(), user.getUsername(), user.getFullName(), user.getCommunity().getId(),
                    user.getPartner() == null ? null : user.getPartner().getId(), user.getRoles());
        }
        return actor;
    }

    /**
     * Work without a signed-in user (the reminder job) acts as this actor until {@link #release()}; the job's bean
     * runs as the matching role, so the services' role checks see the same.
     */
    public void assume(Actor systemActor) {
        this.actor = systemActor;
        this.assumed = true;
    }

    public void release() {
        this.actor = null;
        this.assumed = false;
    }
}
