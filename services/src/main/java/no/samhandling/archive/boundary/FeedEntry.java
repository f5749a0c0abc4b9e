package no.samhandling.archive.boundary;

import java.time.Instant;

/** One entry of an archive's catch-up feed: what was (or will be) sent to it over JMS, by outbox position. */
public record FeedEntry(long position, String messageId, String type, String aggregateType, long aggregateId,
                        long sequence, Instant createdAt, String arkivmelding) implements java.io.Serializable {
}
