package no.samhandling.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;
import no.samhandling.persistence.SystemGenerated;

/**
 * One notification for one archive system, written in the same transaction as the change it reports (transactional
 * outbox). The relay sends it after commit with {@link #getMessageId()} as Artemis's duplicate-detection id, then
 * marks it sent: a crash between send and mark resends an id that Artemis and the consumer both recognise. A row the
 * relay cannot send is tried again with back-off ({@link RetryPolicy}) and, after its attempts, parked for operations,
 * who send it again; every other row flows meanwhile.
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

    /** Failed tries of the current attempt (no queue for the recipient, or the broker refused the message). */
    @Column(nullable = false)
    private int failures;

    /** After a failed try: not before this moment. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** After the last try the policy allows: the relay leaves it for operations. */
    @Column(name = "parked_at")
    private Instant parkedAt;

    /** Why the last try failed, for operations (no personal data: the recipient's code and the broker's words). */
    @SystemGenerated
    @Column(name = "last_failure", length = 500)
    private String lastFailure;

    /** Operations' re-sends, receipts and the relay's marks are checked against it (bulk updates raise it too). */
    @Version
    private long version;

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

    /**
     * Operations send it again (it was dead-lettered, parked, or an archive lost it): same message id, new broker id,
     * and the relay's tries start over.
     */
    public void resend() {
        this.sentAt = null;
        this.attempt++;
        this.failures = 0;
        this.nextAttemptAt = null;
        this.parkedAt = null;
        this.lastFailure = null;
    }

    /** A try failed: tried again after the policy's wait, or parked after its last attempt. */
    public void sendFailed(Instant when, String reason, RetryPolicy policy) {
        this.failures++;
        this.lastFailure = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.nextAttemptAt = policy.nextAttempt(failures, when);
        this.parkedAt = nextAttemptAt == null ? when : null;
    }

    public boolean isParked() {
        return parkedAt != null;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }

    public String getLastFailure() {
        return lastFailure;
    }

    public long getVersion() {
        return version;
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
