package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;

import java.time.LocalDate;

/**
 * A partner's place in one health community: the region it belongs to there and the period of its bilateral
 * relation (a termination under R-AGR-8 ends it on the effective date).
 */
@Entity
@Table(name = "community_party")
public class CommunityParty extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected CommunityParty() {
    }

    public void moveTo(Region newRegion) {
        this.region = newRegion;
    }

    /** R-AGR-8: the party's bilateral relation ends on this day (it is no longer a party from then on). */
    public void leaveOn(LocalDate day) {
        this.leftOn = day;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || day.isBefore(leftOn));
    }

    public HealthCommunity getCommunity() {
        return community;
    }

    public Partner getPartner() {
        return partner;
    }

    public Region getRegion() {
        return region;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
