package no.samhandling.user.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.user.boundary.UserService;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

/** A user changes their own password, proving the current one. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    UserService userService;

    private String currentPassword;
    private String newPassword;

    @ShowsRuleViolations
    public String change() {
        userService.changeOwnPassword(currentPassword, newPassword);
        Pages.flashInfo("password.changed");
        return "/index?faces-redirect=true";
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String value) { this.currentPassword = value; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String value) { this.newPassword = value; }
}
