package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.cases.entity.PaperPolicy;
import no.samhandling.persistence.SystemGenerated;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A PDF tied to the agreement: a version's text or attachment, a consultation's statement, or a guideline
 * (retningslinje) of a collaboration area (§3), versioned by its label and valid-from day. The bytes live apart in
 * {@link AgreementDocumentContent}.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends VersionedEntity {

    public static final String PDF = "application/pdf";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_version_id", updatable = false)
    private AgreementVersion agreementVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DocumentKind kind;

    @Column(name = "area_id", updatable = false)
    private Long areaId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 20)
    private String label;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @SystemGenerated
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected AgreementDocument() {
    }

    private AgreementDocument(FrameworkAgreement agreement, AgreementVersion version, DocumentKind kind, Long areaId,
                              String title, String fileName, byte[] content, String by, Instant at) {
        PaperPolicy.Accepted file = PaperPolicy.check(fileName, content);
        if (!PDF.equals(file.contentType())) {
            throw RuleViolation.invalidField("file", "agreement.document.pdfOnly", file.fileName());
        }
        this.agreement = agreement;
        this.agreementVersion = version;
        this.kind = kind;
        this.areaId = areaId;
        this.title = Texts.required("title", title, 300, "input.required");
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** The text of a version, or an attachment to it; a version has one text, an attachment may follow any time. */
    public static AgreementDocument ofVersion(AgreementVersion version, DocumentKind kind, String title,
                                              String fileName, byte[] content, String by, Instant at) {
        if (kind != DocumentKind.TEXT && kind != DocumentKind.ATTACHMENT) {
            throw RuleViolation.invalidField("kind", "input.required");
        }
        if (version.getStatus() == AgreementStatus.SUPERSEDED) {
            throw new RuleViolation("R-AGR-1", "agreement.version.closed", version.getLabel());
        }
        return new AgreementDocument(version.getAgreement(), version, kind, null, title, fileName, content, by, at);
    }

    /** A consultation's statement (R-AGR-2). */
    public static AgreementDocument ofConsultation(AgreementVersion version, String title, String fileName,
                                                   byte[] content, String by, Instant at) {
        return new AgreementDocument(version.getAgreement(), version, DocumentKind.CONSULTATION, null, title, fileName,
                content, by, at);
    }

    /** A guideline of a collaboration area (§3): its own label and the day it applies from. */
    public static AgreementDocument guideline(FrameworkAgreement agreement, long areaId, String title, String label,
                                              LocalDate validFrom, String fileName, byte[] content, String by,
                                              Instant at) {
        AgreementDocument document = new AgreementDocument(agreement, null, DocumentKind.GUIDELINE, areaId, title,
                fileName, content, by, at);
        document.label = Texts.required("label", label, 20, "input.required");
        if (validFrom == null) {
            throw RuleViolation.invalidField("validFrom", "input.required");
        }
        document.validFrom = validFrom;
        return document;
    }

    public FrameworkAgreement getAgreement() { return agreement; }
    public AgreementVersion getAgreementVersion() { return agreementVersion; }
    public DocumentKind getKind() { return kind; }
    public Long getAreaId() { return areaId; }
    public String getTitle() { return title; }
    public String getLabel() { return label; }
    public LocalDate getValidFrom() { return validFrom; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
