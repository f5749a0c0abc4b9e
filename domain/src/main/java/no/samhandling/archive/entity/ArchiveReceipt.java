package no.samhandling.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An archive system's receipt for one message (R-AGR-5: what has a receipt, and what has none, is visible). */
@Entity
@Table(name = "archive_receipt")
public class ArchiveReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outbox_message_id", nullable = false, updatable = false)
    private OutboxMessage message;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReceiptOutcome outcome;

    @Column(name = "archive_reference", length = 200)
    private String archiveReference;

    @Column(length = 2000)
    private String detail;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ArchiveReceipt() {
    }

    public ArchiveReceipt(OutboxMessage message, ReceiptOutcome outcome, String archiveReference, String detail,
                          Instant receivedAt) {
        this.message = message;
        this.partnerId = message.getRecipientPartnerId();
        this.outcome = outcome;
        this.archiveReference = archiveReference;
        this.detail = detail;
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
    public OutboxMessage getMessage() { return message; }
    public Long getPartnerId() { return partnerId; }
    public ReceiptOutcome getOutcome() { return outcome; }
    public String getArchiveReference() { return archiveReference; }
    public String getDetail() { return detail; }
    public Instant getReceivedAt() { return receivedAt; }
}
