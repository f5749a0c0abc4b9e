package no.samhandling.archive.boundary;

import no.samhandling.archive.entity.ReceiptOutcome;

import java.time.Instant;

/** One notification to one archive, with its delivery and receipt state, for operations and the secretariat. */
public record ArchiveMessageSummary(long id, String messageId, String type, long recipientPartnerId,
                                    String recipientName, String aggregateType, long aggregateId, long sequence,
                                    Instant createdAt, Instant sentAt, int attempt, boolean deadLettered,
                                    ReceiptOutcome receipt, String archiveReference) {

    public boolean isWaiting() {
        return sentAt == null;
    }

    public boolean isMissingReceipt() {
        return sentAt != null && receipt == null;
    }

    public boolean isDeadLettered() {
        return deadLettered;
    }
}
