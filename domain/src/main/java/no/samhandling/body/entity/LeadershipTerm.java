package no.samhandling.body.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/** Who leads a body for a term, and for which party; the secretary role follows the leadership (§4.2). */
@Entity
@Table(name = "leadership_term")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class LeadershipTerm extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Party party;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "leader_person_id", nullable = false)
    private Person leader;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    private LocalDate termTo;

    protected LeadershipTerm() {
    }

    LeadershipTerm(Body body, Party party, Person leader, LocalDate termFrom, LocalDate termTo) {
        this.body = body;
        this.party = party;
        this.leader = leader;
        this.termFrom = termFrom;
        this.termTo = termTo;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(termFrom) && !day.isAfter(termTo);
    }

    public Body getBody() { return body; }
    public Party getParty() { return party; }
    public Person getLeader() { return leader; }
    public LocalDate getTermFrom() { return termFrom; }
    public LocalDate getTermTo() { return termTo; }
    /** The secretary role follows the leadership (R-BODY-2). */
    public Party getSecretaryParty() { return party; }
}
