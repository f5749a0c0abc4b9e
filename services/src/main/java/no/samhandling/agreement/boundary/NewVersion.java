package no.samhandling.agreement.boundary;

import java.time.LocalDate;

/** A new version's plan, or its changed plan (R-AGR-1): label, owner body, valid-from day, year of next revision. */
public record NewVersion(String label, Long ownerBodyId, LocalDate validFrom, Integer nextRevisionYear) implements java.io.Serializable {
}
