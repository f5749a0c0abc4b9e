package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.SignatoryRole;

import java.time.LocalDate;

/** One party of the community and its signature on a version, or none yet (R-AGR-3). */
public record SignatureLine(long partnerId, String partnerName, boolean signed, LocalDate signedOn,
                            SignatoryRole signatoryRole) implements java.io.Serializable {
}
