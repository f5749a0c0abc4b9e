package no.samhandling.dispute.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;

/** A member of the negotiation committee SSU appointed (R-DSP-2), with the party they come from. */
@Entity
@Table(name = "dispute_committee_member")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private DisputeEscalation step;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    protected CommitteeMember() {
    }

    CommitteeMember(DisputeEscalation step, String name, Partner partner) {
        this.step = step;
        this.name = name;
        this.partner = partner;
    }

    public String getName() { return name; }
    public Partner getPartner() { return partner; }
}
