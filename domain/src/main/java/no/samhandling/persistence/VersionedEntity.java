package no.samhandling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import no.samhandling.rules.StaleVersion;

/** An aggregate root: a generated id and an optimistic-locking version that only JPA changes. */
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

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (other == null || getClass() != other.getClass()) return false;
        return id != null && id.equals(((VersionedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
