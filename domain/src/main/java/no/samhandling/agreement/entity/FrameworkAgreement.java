package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;

/** The framework cooperation agreement (overordnet samarbeidsavtale) of one health community. */
@Entity
@Table(name = "framework_agreement")
public class FrameworkAgreement extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(nullable = false, length = 300)
    private String title;

    protected FrameworkAgreement() {
    }

    public FrameworkAgreement(HealthCommunity community, String title) {
        this.community = community;
        this.title = title;
    }

    public HealthCommunity getCommunity() { return community; }
    public String getTitle() { return title; }
}
