package no.samhandling.archive.control;

import java.util.List;
import java.util.Map;

/**
 * Each archive gets a record's changes in the order they were made: of the rows a relay has claimed, one goes only
 * when no earlier row of its record and recipient (its stream) is still unsent elsewhere — claimed by another node's
 * relay, or waiting for its next try after a failure.
 */
final class StreamOrder {

    /** A record's messages to one recipient, numbered by their sequence. */
    record Stream(String aggregateType, long aggregateId, long recipientPartnerId) {

        static Stream of(PendingMessage row) {
            return new Stream(row.aggregateType(), row.aggregateId(), row.recipientPartnerId());
        }
    }

    private StreamOrder() {
    }

    /**
     * The claimed rows that may go now, in their order: those not behind an earlier unsent sequence number of their
     * stream that is not among them.
     */
    static List<PendingMessage> sendable(List<PendingMessage> claimed, Map<Stream, Long> earliestElsewhere) {
        return claimed.stream().filter(row -> {
            Long blocking = earliestElsewhere.get(Stream.of(row));
            return blocking == null || row.sequenceNumber() < blocking;
        }).toList();
    }
}
