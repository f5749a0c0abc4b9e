package no.samhandling.user.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.user.boundary.NewUser;
import no.samhandling.user.boundary.UserService;
import no.samhandling.user.boundary.UserSummary;
import no.samhandling.user.entity.Role;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The secretariat's user list and the form for a new user. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    UserService userService;

    @Inject
    PartnerService partnerService;

    @Inject
    no.samhandling.security.boundary.SignInService signIn;

    private List<no.samhandling.security.control.LoginAttempts.Lock> locks;

    private List<UserSummary> users;
    private List<PartnerSummary> partners;
    private String username;
    private String fullName;
    private String email;
    private List<Role> roles = List.of();
    private Long partnerId;
    private String initialPassword;

    @PostConstruct
    void load() {
        users = userService.list();
        partners = partnerService.list();
        locks = signIn.locks();
    }

    /** Lifts the wait strangers' failures put on an account (the user can sign in from anywhere again). */
    @ShowsRuleViolations
    public String unlock(String lockedUsername) {
        signIn.unlock(lockedUsername);
        Pages.flashInfo("users.locks.unlocked", lockedUsername);
        return "/app/admin/users?faces-redirect=true";
    }

    /** When the wait ends, in Oslo time. */
    public String until(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(instant.atZone(java.time.ZoneId.of("Europe/Oslo")));
    }

    public List<no.samhandling.security.control.LoginAttempts.Lock> getLocks() { return locks; }

    @ShowsRuleViolations
    public String create() {
        UserSummary created = userService.create(new NewUser(username, fullName, email,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), partnerId, initialPassword));
        Pages.flashInfo("user.created", created.username());
        return "/app/admin/users?faces-redirect=true";
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<UserSummary> getUsers() { return users; }
    public List<PartnerSummary> getPartners() { return partners; }
    public String getUsername() { return username; }
    public void setUsername(String value) { this.username = value; }
    public String getFullName() { return fullName; }
    public void setFullName(String value) { this.fullName = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { this.email = value; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> value) { this.roles = value == null ? List.of() : value; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String value) { this.initialPassword = value; }
}
