package no.samhandling.history.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One change of a record: when, by whom, what kind (ADD, MOD, DEL) and which fields changed from what to what (all
 * fields with a value when it was added).
 */
public record HistoryEntry(Instant at, String by, String action, List<Change> changes) implements java.io.Serializable {

    public record Change(String field, String before, String after) implements java.io.Serializable {
    }
}
