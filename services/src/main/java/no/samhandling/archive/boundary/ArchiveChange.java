package no.samhandling.archive.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One change an archive should have — a decision recorded, a dispute's step, a version's new status — with how its
 * messages to the concerned archives fare: how many recipients, how many still wait, are in the archive's queue, have
 * a receipt, miss one, were refused (dead-lettered), or were parked by the relay after its attempts. {@code first} (the id of its first message) names the change.
 */
public record ArchiveChange(long first, String type, String aggregateType, long aggregateId, String subject,
                            Instant createdAt, int recipients, int waiting, int receipted, int missingReceipt,
                            int deadLettered, int parked, List<ArchiveMessageSummary> messages) implements java.io.Serializable {
}
