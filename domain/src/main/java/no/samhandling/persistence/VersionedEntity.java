package no.samhandling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import no.samhandling.rules.StaleVersion;

/**
 * An aggregate root: a generated id and an optimistic-locking version that only JPA changes. Like every record, no text
 * of it is written too long or with a national identity number in it (R-DSP-4, {@link PatientDataGuard}).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The user edited what they saw at {@code seenVersion}; refuse when the record has moved on since. */
    public void requireVersion(long seenVersion) {
        if (seenVersion != version) {
            throw new StaleVersion(getClass().getSimpleName(), id);
        }
    }

    /**
     * Same row, same entity. The classes are compared by assignability, because one side may be a lazy proxy (a
     * subclass of the entity) and the other the entity itself.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof VersionedEntity that)) return false;
        boolean sameType = getClass().isAssignableFrom(other.getClass()) || other.getClass().isAssignableFrom(getClass());
        return sameType && getId() != null && getId().equals(that.getId());
    }

    /** Constant: an entity's hash must not change when it is persisted or when a proxy stands for it. */
    @Override
    public int hashCode() {
        return 31;
    }
}
