package no.samhandling.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;
import no.samhandling.persistence.SystemGenerated;

/**
 * One notification for one archive system, written in the same transaction as the change it reports (transactional
 * outbox). The relay sends it after commit with {@link #getMessageId()} as Artemis's duplicate-detection id, then
 * marks it sent: a crash between send and mark resends an id that Artemis and the consumer both recognise.
 */
@Entity
@Table(name = "archive_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SystemGenerated
    @Column(name = "message_id", nullable = false, unique = true, updatable = false, length = 36)
    private String messageId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    /** The partner whose archive system receives this message. */
    @Column(name = "recipient_partner_id", nullable = false, updatable = false)
    private Long recipientPartnerId;

    @Column(name = "message_type", nullable = false, updatable = false, length = 80)
    private String messageType;

    @Column(name = "aggregate_type", nullable = false, updatable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private Long aggregateId;

    /** Per aggregate and recipient, so an archive can order what it receives. */
    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the recipient's archive confirmed it (its receipt), so that "receipts missing" reads only the unconfirmed. */
    @Column(name = "receipt_at")
    private Instant receiptAt;

    /** 0 for the first send; operations' re-sends count up and get a new duplicate-detection id. */
    @Column(nullable = false)
    private int attempt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long communityId, Long recipientPartnerId, String messageType, String aggregateType,
                         Long aggregateId, long sequenceNumber, String payload, Instant createdAt) {
        this.messageId = UUID.randomUUID().toString();
        this.communityId = communityId;
        this.recipientPartnerId = recipientPartnerId;
        this.messageType = messageType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public void markSent(Instant when) {
        this.sentAt = when;
    }

    public void receiptReceived(Instant when) {
        this.receiptAt = when;
    }

    public Instant getReceiptAt() {
        return receiptAt;
    }

    /** Operations send it again (for example after it was dead-lettered): same message id, new broker id. */
    public void resend() {
        this.sentAt = null;
        this.attempt++;
    }

    /** Artemis drops a second send with the same id; a deliberate re-send must differ. */
    public String duplicateDetectionId() {
        return duplicateDetectionId(messageId, attempt);
    }

    /** The message id for the first send, then the id and the attempt: what Artemis tells copies apart by. */
    public static String duplicateDetectionId(String messageId, int attempt) {
        return attempt == 0 ? messageId : messageId + "#" + attempt;
    }

    public int getAttempt() {
        return attempt;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getRecipientPartnerId() {
        return recipientPartnerId;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public Long getAggregateId() {
        return aggregateId;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
