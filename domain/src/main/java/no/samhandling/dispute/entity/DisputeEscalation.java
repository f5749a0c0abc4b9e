package no.samhandling.dispute.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One step a dispute took (R-DSP-3): which, on which day, who asked and why; written once. */
@Entity
@Table(name = "dispute_step")
public class DisputeEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private DisputeStep step;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asked_by_id", nullable = false, updatable = false)
    private Partner askedBy;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "step", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CommitteeMember> members = new ArrayList<>();

    protected DisputeEscalation() {
    }

    DisputeEscalation(Dispute dispute, DisputeStep step, LocalDate takenOn, Partner askedBy, String reason,
                      String recordedBy, Instant recordedAt) {
        this.dispute = dispute;
        this.step = step;
        this.takenOn = takenOn;
        this.askedBy = askedBy;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void appoint(String name, Partner partner) {
        members.add(new CommitteeMember(this, name, partner));
    }

    public Long getId() { return id; }
    public Dispute getDispute() { return dispute; }
    public DisputeStep getStep() { return step; }
    public LocalDate getTakenOn() { return takenOn; }
    public Partner getAskedBy() { return askedBy; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public List<CommitteeMember> getMembers() { return List.copyOf(members); }
}
