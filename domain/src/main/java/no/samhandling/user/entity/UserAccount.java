package no.samhandling.user.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.SystemGenerated;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person or machine that signs in. The password is stored only as a bcrypt hash in modular-crypt form, which
 * WildFly Elytron's JDBC realm verifies. A municipal or hospital administrator is bound to the partner they act for.
 */
@Entity
@Table(name = "user_account")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class UserAccount extends VersionedEntity {

    @Column(nullable = false, unique = true, updatable = false, length = 60)
    private String username;

    @NotAudited
    @SystemGenerated
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @NotAudited

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, HealthCommunity community) {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw RuleViolation.invalidField("username", "user.username.invalid");
        }
        this.username = username;
        this.community = community;
        describe(fullName, email);
    }

    public void describe(String newFullName, String newEmail) {
        if (newFullName == null || newFullName.isBlank()) {
            throw RuleViolation.invalidField("fullName", "user.fullName.required");
        }
        this.fullName = newFullName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    /**
     * Grants roles and binds the user to the partner they act for. A municipal administrator must act for a
     * municipality; a hospital administrator for a hospital trust.
     */
    public void authorise(Set<Role> newRoles, Partner actsFor) {
        if (newRoles.isEmpty()) {
            throw RuleViolation.invalidField("roles", "user.roles.required");
        }
        if (newRoles.contains(Role.MUNICIPAL_ADMIN) && (actsFor == null || !actsFor.isMunicipality())) {
            throw RuleViolation.invalidField("partner", "user.partner.municipalityRequired");
        }
        if (newRoles.contains(Role.HOSPITAL_ADMIN) && (actsFor == null || actsFor.isMunicipality())) {
            throw RuleViolation.invalidField("partner", "user.partner.hospitalRequired");
        }
        if (newRoles.contains(Role.ARCHIVE_SYSTEM) && actsFor == null) {
            throw RuleViolation.invalidField("partner", "user.partner.archiveRequired");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.partner = actsFor;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public HealthCommunity getCommunity() {
        return community;
    }

    public Partner getPartner() {
        return partner;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
