package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Body;
import no.samhandling.persistence.VersionedEntity;

import java.time.LocalDate;

/**
 * One entry of a version's approval history (R-AGR-1): which body approved it, when (a day, or only the week as the
 * reference data of version 2.0 has it), and how.
 */
@Entity
@Table(name = "agreement_approval")
public class AgreementApproval extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_version_id", nullable = false, updatable = false)
    private AgreementVersion agreementVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_week", length = 10)
    private String approvedWeek;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApprovalForm form;

    @Column(length = 300)
    private String note;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    protected AgreementApproval() {
    }

    AgreementApproval(AgreementVersion version, Body body, LocalDate approvedOn, ApprovalForm form, String note,
                      String recordedBy) {
        this.agreementVersion = version;
        this.body = body;
        this.approvedOn = approvedOn;
        this.form = form;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    /** The day it was approved; for an entry known only by its ISO week, the Monday of that week. */
    public LocalDate day() {
        if (approvedOn != null || approvedWeek == null) {
            return approvedOn;
        }
        String[] parts = approvedWeek.split("-W");
        return LocalDate.of(Integer.parseInt(parts[0]), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
                .with(java.time.DayOfWeek.MONDAY);
    }

    public AgreementVersion getAgreementVersion() { return agreementVersion; }
    public Body getBody() { return body; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovedWeek() { return approvedWeek; }
    public ApprovalForm getForm() { return form; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
}
