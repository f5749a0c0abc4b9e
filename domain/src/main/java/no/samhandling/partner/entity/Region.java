package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

/** A municipal region (kommuneregion) of one health community; SSU and AU seats are given per region. */
@Entity
@Table(name = "region")
public class Region extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(nullable = false, length = 100)
    private String name;

    protected Region() {
    }

    public Region(HealthCommunity community, String name) {
        this.community = community;
        rename(name);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw RuleViolation.invalidField("name", "region.name.required");
        }
        this.name = newName.strip();
    }

    public HealthCommunity getCommunity() {
        return community;
    }

    public String getName() {
        return name;
    }
}
