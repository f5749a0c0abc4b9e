package no.samhandling.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Body;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;

import java.time.Instant;

/** A meeting of one body, at a moment in time (shown in Europe/Oslo), with a place or a digital link. */
@Entity
@Table(name = "meeting")
public class Meeting extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(length = 300)
    private String place;

    @Column(nullable = false, length = 300)
    private String title;

    protected Meeting() {
    }

    public HealthCommunity getCommunity() { return community; }
    public Body getBody() { return body; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public String getTitle() { return title; }
}
