package no.samhandling.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samhandling.persistence.SystemGenerated;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * A sent archive message older than the retention period, moved out of the hot outbox with its id
 * ({@code OutboxRetention}). Read by the catch-up feed and for the next sequence number; never changed.
 */
@Entity
@Immutable
@Table(name = "archive_outbox_archived")
public class ArchivedOutboxMessage {

    @Id
    private Long id;

    @SystemGenerated
    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(name = "recipient_partner_id", nullable = false)
    private Long recipientPartnerId;

    @Column(name = "message_type", nullable = false, length = 80)
    private String messageType;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private Long aggregateId;

    @Column(name = "sequence_number", nullable = false)
    private long sequenceNumber;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "receipt_at")
    private Instant receiptAt;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "archived_at", nullable = false)
    private Instant archivedAt;

    protected ArchivedOutboxMessage() {
    }

    public Long getId() { return id; }
    public String getMessageId() { return messageId; }
    public Long getCommunityId() { return communityId; }
    public Long getRecipientPartnerId() { return recipientPartnerId; }
    public String getMessageType() { return messageType; }
    public String getAggregateType() { return aggregateType; }
    public Long getAggregateId() { return aggregateId; }
    public long getSequenceNumber() { return sequenceNumber; }
    public String getPayload() { return payload; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceiptAt() { return receiptAt; }
    public Instant getArchivedAt() { return archivedAt; }
}
