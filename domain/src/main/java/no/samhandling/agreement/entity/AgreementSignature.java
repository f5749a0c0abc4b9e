package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One party's signature on an agreement version (R-AGR-3). */
@Entity
@Table(name = "agreement_signature")
public class AgreementSignature extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_version_id", nullable = false, updatable = false)
    private AgreementVersion agreementVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "signatory_role", nullable = false, length = 40)
    private SignatoryRole signatoryRole;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    protected AgreementSignature() {
    }

    AgreementSignature(AgreementVersion version, Partner partner, LocalDate signedOn, SignatoryRole role,
                       Instant recordedAt, String recordedBy) {
        this.agreementVersion = version;
        this.partner = partner;
        this.signedOn = signedOn;
        this.signatoryRole = role;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public AgreementVersion getAgreementVersion() { return agreementVersion; }
    public Partner getPartner() { return partner; }
    public LocalDate getSignedOn() { return signedOn; }
    public SignatoryRole getSignatoryRole() { return signatoryRole; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
