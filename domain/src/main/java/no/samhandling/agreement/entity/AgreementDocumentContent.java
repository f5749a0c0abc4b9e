package no.samhandling.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one agreement document, apart from its description so that lists never load them. Written once. */
@Entity
@Table(name = "agreement_document_content")
public class AgreementDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AgreementDocumentContent() {
    }

    public AgreementDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
