package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.SystemGenerated;
import no.samhandling.persistence.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A case paper (saksdokument): what was sent, when, by whom, with its checksum. The bytes are in {@link PaperContent}. */
@Entity
@Table(name = "case_paper")
public class CasePaper extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @SystemGenerated
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    protected CasePaper() {
    }

    public CasePaper(CaseFile caseFile, PaperPolicy.Accepted accepted, LocalDate sentOn, Instant uploadedAt,
                     String uploadedBy) {
        caseFile.requireOpen();
        this.caseFile = caseFile;
        this.fileName = accepted.fileName();
        this.contentType = accepted.contentType();
        this.sizeBytes = accepted.size();
        this.sha256 = accepted.sha256();
        this.sentOn = sentOn;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public CaseFile getCaseFile() { return caseFile; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public LocalDate getSentOn() { return sentOn; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
