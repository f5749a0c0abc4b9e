package no.samhandling.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.SystemGenerated;
import no.samhandling.persistence.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A key an integration (an archive system, a municipality's own system) calls the API with instead of a password:
 * {@code Authorization: Bearer <key>}. Only a SHA-256 digest of the key is stored, so the key is shown once, when it
 * is issued; checking it costs a digest and an index lookup, not a bcrypt. A key acts as its account, with the
 * account's roles of the moment, ends on its last day or when revoked, and stops working when the account is
 * deactivated.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    public static final int MAX_NAME = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @SystemGenerated
    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, String tokenHash, LocalDate expiresOn, Instant createdAt,
                    String createdBy) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Usable on {@code day}: not revoked and not past its last day (the account's state is checked apart). */
    public boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }

    public UserAccount getAccount() { return account; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
