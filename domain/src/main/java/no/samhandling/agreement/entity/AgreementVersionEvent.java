package no.samhandling.agreement.entity;

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
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One step of a version's life (R-AGR-1): from which status to which, on which day, by whom. Written once. */
@Entity
@Table(name = "agreement_version_event")
public class AgreementVersionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_version_id", nullable = false, updatable = false)
    private AgreementVersion agreementVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private AgreementStatus toStatus;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private LocalDate changedOn;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(length = 1000, updatable = false)
    private String note;

    protected AgreementVersionEvent() {
    }

    AgreementVersionEvent(AgreementVersion version, AgreementStatus from, AgreementStatus to, LocalDate on, String by,
                          String note) {
        this.agreementVersion = version;
        this.fromStatus = from;
        this.toStatus = to;
        this.changedOn = on;
        this.changedBy = by;
        this.note = note;
    }

    public Long getId() { return id; }
    public AgreementVersion getAgreementVersion() { return agreementVersion; }
    public AgreementStatus getFromStatus() { return fromStatus; }
    public AgreementStatus getToStatus() { return toStatus; }
    public LocalDate getChangedOn() { return changedOn; }
    public String getChangedBy() { return changedBy; }
    public String getNote() { return note; }
}
