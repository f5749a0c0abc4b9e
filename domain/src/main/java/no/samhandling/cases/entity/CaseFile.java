package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Body;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.persistence.VersionedEntity;

/**
 * A case (sak) of one body, numbered per body and year ("12/2026"). {@code Case} is reserved in JPQL and SQL, hence
 * the entity name.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
public class CaseFile extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "case_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "case_sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStep step;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(length = 4000)
    private String consequences;

    protected CaseFile() {
    }

    /** The case number as the secretariat writes it: sequence/year. */
    public String number() {
        return sequence + "/" + year;
    }

    public HealthCommunity getCommunity() { return community; }
    public Body getBody() { return body; }
    public int getYear() { return year; }
    public int getSequence() { return sequence; }
    public String getTitle() { return title; }
    public CaseStep getStep() { return step; }
    public Meeting getMeeting() { return meeting; }
    public String getConsequences() { return consequences; }
}
