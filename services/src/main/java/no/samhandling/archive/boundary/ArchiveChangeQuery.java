package no.samhandling.archive.boundary;

import java.io.Serializable;

/** Which changes the archive page lists: only those missing a receipt, refused, parked, or waiting; to one recipient. */
public record ArchiveChangeQuery(State state, Long recipientPartnerId) implements Serializable {

    public enum State { ANY, RECEIPT_MISSING, DEAD_LETTERED, PARKED, WAITING }

    public static ArchiveChangeQuery all() {
        return new ArchiveChangeQuery(State.ANY, null);
    }
}
