package no.samhandling.user.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.control.CredentialsChanged;
import no.samhandling.user.control.PasswordHasher;
import no.samhandling.user.control.PasswordPolicy;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** User administration by the secretariat of a health community, and each user's own password. */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class UserService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    public List<UserSummary> list() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.community.id = :c ORDER BY u.username",
                        UserAccount.class)
                .setParameter("c", currentActor.get().communityId())
                .getResultStream().map(UserSummary::of).toList();
    }

    public UserSummary get(long userId) {
        return UserSummary.of(find(userId));
    }

    public UserSummary create(NewUser user) {
        Actor actor = currentActor.get();
        if (!em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :n", Long.class)
                .setParameter("n", user.username()).getResultList().isEmpty()) {
            throw RuleViolation.invalidField("username", "user.username.taken", user.username());
        }
        UserAccount account = new UserAccount(user.username(), user.fullName(), user.email(),
                em.getReference(HealthCommunity.class, actor.communityId()));
        account.authorise(roles(user.roles()), partner(actor, user.partnerId()));
        PasswordPolicy.check("password", user.initialPassword(), user.username(), user.fullName(), user.email(), null);
        account.changePasswordHash(PasswordHasher.hash(user.initialPassword()));
        em.persist(account);
        em.flush();
        return UserSummary.of(account);
    }

    public UserSummary authorise(long userId, long seenVersion, Set<Role> roles, Long partnerId) {
        UserAccount account = find(userId);
        account.requireVersion(seenVersion);
        account.authorise(roles(roles), partner(currentActor.get(), partnerId));
        return UserSummary.of(account);
    }

    public UserSummary deactivate(long userId, long seenVersion) {
        UserAccount account = find(userId);
        account.requireVersion(seenVersion);
        if (account.getId() == currentActor.get().userId()) {
            throw new RuleViolation("INPUT", "user.deactivate.self");
        }
        account.deactivate();
        credentialsChanged.fire(new CredentialsChanged(account.getUsername(), false));
        return UserSummary.of(account);
    }

    public UserSummary reactivate(long userId, long seenVersion) {
        UserAccount account = find(userId);
        account.requireVersion(seenVersion);
        account.reactivate();
        return UserSummary.of(account);
    }

    /** The secretariat sets a new password: the user's open sessions end. */
    public void resetPassword(long userId, String newPassword) {
        UserAccount account = find(userId);
        PasswordPolicy.check("password", newPassword, account.getUsername(), account.getFullName(), account.getEmail(),
                account.getPasswordHash());
        account.changePasswordHash(PasswordHasher.hash(newPassword));
        credentialsChanged.fire(new CredentialsChanged(account.getUsername(), false));
    }

    /** Any signed-in user changes their own password, proving the current one; their other sessions end. */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = em.find(UserAccount.class, currentActor.get().userId());
        if (!PasswordHasher.matches(currentPassword, me.getPasswordHash())) {
            throw RuleViolation.invalidField("currentPassword", "user.password.wrong");
        }
        PasswordPolicy.check("password", newPassword, me.getUsername(), me.getFullName(), me.getEmail(),
                me.getPasswordHash());
        me.changePasswordHash(PasswordHasher.hash(newPassword));
        credentialsChanged.fire(new CredentialsChanged(me.getUsername(), true));
    }

    private UserAccount find(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("User", userId);
        }
        return account;
    }

    private Partner partner(Actor actor, Long partnerId) {
        return partnerId == null ? null : partners.getInCommunity(actor.communityId(), partnerId).getPartner();
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
