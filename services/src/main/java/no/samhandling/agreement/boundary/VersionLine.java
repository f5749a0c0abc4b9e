package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.AgreementStatus;

import java.time.LocalDate;

/** One version of the agreement in the list of versions (R-AGR-1). */
public record VersionLine(long id, String label, AgreementStatus status, LocalDate validFrom, String ownerBody,
                          Integer nextRevisionYear, LocalDate publishedOn) implements java.io.Serializable {
}
