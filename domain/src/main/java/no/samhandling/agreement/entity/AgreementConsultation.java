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
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.LocalDate;

/**
 * R-AGR-2: one council of one party that must see a version before it goes to the municipal councils and the
 * hospital board. Created unrecorded when the version goes to consultation; recorded with day, outcome and an
 * optional statement.
 */
@Entity
@Table(name = "agreement_consultation")
public class AgreementConsultation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_version_id", nullable = false, updatable = false)
    private AgreementVersion agreementVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Council council;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    protected AgreementConsultation() {
    }

    AgreementConsultation(AgreementVersion version, Partner partner, Council council) {
        this.agreementVersion = version;
        this.partner = partner;
        this.council = council;
    }

    /** The council saw the version: on a day not before the consultation opened and not in the future. */
    public void record(LocalDate on, String result, LocalDate openedOn, LocalDate today, String by) {
        if (on == null || on.isAfter(today)) {
            throw RuleViolation.invalidField("heldOn", "agreement.consultation.heldOn");
        }
        if (openedOn != null && on.isBefore(openedOn)) {
            throw RuleViolation.invalidField("heldOn", "agreement.consultation.beforeOpened", openedOn);
        }
        if (agreementVersion.getStatus() == AgreementStatus.DRAFT
                || agreementVersion.getStatus() == AgreementStatus.SUPERSEDED) {
            throw new RuleViolation("R-AGR-2", "agreement.consultation.notOpen", agreementVersion.getLabel());
        }
        this.outcome = Texts.required("outcome", result, 2000, "agreement.consultation.outcomeRequired");
        this.heldOn = on;
        this.recordedBy = by;
    }

    public void attach(long document) {
        this.documentId = document;
    }

    public boolean isRecorded() {
        return heldOn != null;
    }

    public AgreementVersion getAgreementVersion() { return agreementVersion; }
    public Partner getPartner() { return partner; }
    public Council getCouncil() { return council; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getOutcome() { return outcome; }
    public Long getDocumentId() { return documentId; }
    public String getRecordedBy() { return recordedBy; }
}
