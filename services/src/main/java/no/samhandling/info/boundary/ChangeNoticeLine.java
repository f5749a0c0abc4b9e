package no.samhandling.info.boundary;

import no.samhandling.info.entity.ChangeKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A change notice with who has acknowledged it and who has not yet (R-INFO-1), and what the reader may do with it.
 */
public record ChangeNoticeLine(long id, long partnerId, String partner, String title, String description,
                               ChangeKind kind, LocalDate effectiveFrom, LocalDate announcedOn, List<String> areas,
                               List<String> acknowledgedBy, List<String> missing, boolean mayAcknowledge) implements java.io.Serializable {
}
