package no.samhandling.user.web;

import no.samhandling.platform.control.Resources;
import no.samhandling.security.boundary.ApiKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
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
    private List<ApiKeys.ApiKeyLine> apiKeys = List.of();
    private String keyName;
    private LocalDate keyExpiresOn;
    /** The flash entry with a key just issued: the key is never stored nor shown again. */
    private static final String ISSUED_KEY = "samhandlingIssuedKey";

    @Inject
    ApiKeys keys;

    @ShowsRuleViolations
    public void load() {
        user = userService.get(id);
        partners = partnerService.list();
        roles = new ArrayList<>(user.roles());
        partnerId = user.partnerId();
        apiKeys = keys.of(id);
    }

    /**
     * The key travels to the next page in the flash (one request, then gone), so that the page after the redirect
     * shows it once and a reload does not show it again.
     */
    @ShowsRuleViolations
    public String issueKey() {
        ApiKeys.IssuedKey issued = keys.issue(id, keyName, keyExpiresOn);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .put(ISSUED_KEY, issued.key());
        Pages.flashInfo("apiKeys.issuedFor", issued.line().name());
        return SELF;
    }

    @ShowsRuleViolations
    public String revoke(long keyId) {
        ApiKeys.ApiKeyLine revoked = keys.revoke(keyId);
        Pages.flashInfo("apiKeys.revoked", revoked.name());
        return SELF;
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(Resources.OSLO));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
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
    public List<ApiKeys.ApiKeyLine> getApiKeys() { return apiKeys; }
    public String getKeyName() { return keyName; }
    public void setKeyName(String value) { this.keyName = value; }
    public LocalDate getKeyExpiresOn() { return keyExpiresOn; }
    public void setKeyExpiresOn(LocalDate value) { this.keyExpiresOn = value; }
    public String getIssuedKey() {
        Object key = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED_KEY);
        return key == null ? null : key.toString();
    }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String value) { this.newPassword = value; }
}
