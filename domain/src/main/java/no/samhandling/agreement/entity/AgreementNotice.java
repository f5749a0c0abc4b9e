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

import java.time.Instant;
import java.time.LocalDate;

/** A party's written notice of renegotiation (R-AGR-7) or termination (R-AGR-8), with the day it takes effect. */
@Entity
@Table(name = "agreement_notice")
public class AgreementNotice extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NoticeKind kind;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected AgreementNotice() {
    }

    public AgreementNotice(FrameworkAgreement agreement, Partner partner, NoticeKind kind, LocalDate receivedOn,
                           String reason, LocalDate today, Instant recordedAt, String recordedBy) {
        if (kind == null) {
            throw RuleViolation.invalidField("kind", "input.required");
        }
        if (receivedOn == null) {
            throw RuleViolation.invalidField("receivedOn", "input.required");
        }
        if (receivedOn.isAfter(today)) {
            throw RuleViolation.invalidField("receivedOn", "agreement.notice.future");
        }
        this.agreement = agreement;
        this.partner = partner;
        this.kind = kind;
        this.receivedOn = receivedOn;
        this.effectiveOn = kind.effectiveOn(receivedOn);
        this.reason = Texts.optional("reason", reason, 1000);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public FrameworkAgreement getAgreement() { return agreement; }
    public Partner getPartner() { return partner; }
    public NoticeKind getKind() { return kind; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
}
