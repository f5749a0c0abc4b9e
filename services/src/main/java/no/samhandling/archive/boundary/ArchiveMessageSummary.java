package no.samhandling.archive.boundary;

import no.samhandling.archive.entity.ReceiptOutcome;

import java.time.Instant;

/**
 * One notification to one archive, with its delivery and receipt state, for operations and the secretariat; the
 * subject names the record as people do ("SSU 15/2026", "Tvist 3/2026", the version's title, the party). A message
 * the relay could not send tells how often it failed and why; after its last attempt it is parked.
 */
public record ArchiveMessageSummary(long id, String messageId, String type, long recipientPartnerId,
                                    String recipientName, String aggregateType, long aggregateId, long sequence,
                                    Instant createdAt, Instant sentAt, int attempt, boolean deadLettered,
                                    ReceiptOutcome receipt, String archiveReference, String subject,
                                    Instant parkedAt, int failures, String lastFailure) implements java.io.Serializable {

    /** Not sent yet, and the relay still tries (also after failed tries, until it parks it). */
    public boolean isWaiting() {
        return sentAt == null && parkedAt == null;
    }

    /** The relay gave up after its attempts (no queue for the archive, or the broker refused it): for operations. */
    public boolean isParked() {
        return parkedAt != null;
    }

    public boolean isMissingReceipt() {
        return sentAt != null && receipt == null;
    }

    public boolean isDeadLettered() {
        return deadLettered;
    }
}
