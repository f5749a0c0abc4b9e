package no.samhandling.user.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.user.boundary.UserService;
import no.samhandling.user.boundary.UserSummary;
import no.samhandling.user.entity.Role;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** One user: roles and the partner they act for, password reset, deactivation. */
@Named
@ViewScoped
public class UserView implements Serializable {

    private static final String SELF = "/app/admin/user?faces-redirect=true&includeViewParams=true";

    @Inject
    UserService userService;

    @Inject
    PartnerService partnerService;

    private Long id;
    private UserSummary user;
    private List<PartnerSummary> partners;
    private List<Role> roles = List.of();
    private Long partnerId;
    private String newPassword;

    @ShowsRuleViolations
    public void load() {
        user = userService.get(id);
        partners = partnerService.list();
        roles = new ArrayList<>(user.roles());
        partnerId = user.partnerId();
    }

    @ShowsRuleViolations
    public String authorise() {
        user = userService.authorise(id, user.version(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), partnerId);
        Pages.flashInfo("user.saved", user.username());
        return SELF;
    }

    @ShowsRuleViolations
    public String resetPassword() {
        userService.resetPassword(id, newPassword);
        Pages.flashInfo("user.passwordReset", user.username());
        return SELF;
    }

    @ShowsRuleViolations
    public String deactivate() {
        user = userService.deactivate(id, user.version());
        Pages.flashInfo("user.deactivated", user.username());
        return SELF;
    }

    @ShowsRuleViolations
    public String reactivate() {
        user = userService.reactivate(id, user.version());
        Pages.flashInfo("user.reactivated", user.username());
        return SELF;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public UserSummary getUser() { return user; }
    public List<PartnerSummary> getPartners() { return partners; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> value) { this.roles = value == null ? List.of() : value; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long value) { this.partnerId = value; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String value) { this.newPassword = value; }
}
