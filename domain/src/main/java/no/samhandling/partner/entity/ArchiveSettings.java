package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.samhandling.rules.RuleViolation;

/**
 * How a partner's own archive system (§9) receives notifications: which system it is, and its KS Fiks Arkiv account.
 * Notifications are addressed only to partners whose archive is enabled.
 */
@Embeddable
public class ArchiveSettings {

    @Column(name = "archive_system", length = 100)
    private String system;

    @Column(name = "archive_account", length = 100)
    private String account;

    @Column(name = "archive_enabled", nullable = false)
    private boolean enabled;

    protected ArchiveSettings() {
    }

    public ArchiveSettings(String system, String account, boolean enabled) {
        this.system = ContactDetails.blankToNull(system);
        this.account = ContactDetails.blankToNull(account);
        this.enabled = enabled;
        if (enabled && this.account == null) {
            throw RuleViolation.invalidField("archiveAccount", "partner.archiveAccount.required");
        }
        if (this.system != null && this.system.length() > 100) {
            throw RuleViolation.invalidField("archiveSystem", "input.tooLong", 100);
        }
        if (this.account != null && this.account.length() > 100) {
            throw RuleViolation.invalidField("archiveAccount", "input.tooLong", 100);
        }
    }

    public String system() {
        return system;
    }

    public String account() {
        return account;
    }

    public boolean enabled() {
        return enabled;
    }
}
