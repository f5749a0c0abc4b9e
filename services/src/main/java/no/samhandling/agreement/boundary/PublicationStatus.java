package no.samhandling.agreement.boundary;

import java.time.LocalDate;

/**
 * R-AGR-4: where a version stands on its way to publication: signatures so far, the day the last party signed, the
 * deadline a month later, whether it has passed unpublished, and the publication itself.
 */
public record PublicationStatus(long versionId, String label, int signed, int parties, LocalDate lastSignature,
                                LocalDate due, boolean overdue, LocalDate publishedOn, String publishedUrl,
                                LocalDate directorateNotifiedOn) implements java.io.Serializable {
}
