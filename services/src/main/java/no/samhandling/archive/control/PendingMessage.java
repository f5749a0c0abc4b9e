package no.samhandling.archive.control;

/** An unsent outbox row as the relay reads it: the values it sends, not a managed entity. */
public record PendingMessage(long id, String messageId, int attempt, long communityId, long recipientPartnerId,
                             String messageType, String aggregateType, long aggregateId, long sequenceNumber,
                             String payload) {
}
