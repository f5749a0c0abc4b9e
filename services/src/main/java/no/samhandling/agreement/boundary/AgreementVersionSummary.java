package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.AgreementStatus;

import java.time.LocalDate;

/** An agreement version as pages and the API show it. */
public record AgreementVersionSummary(long id, String title, String label, AgreementStatus status, LocalDate validFrom,
                                      Integer nextRevisionYear, int signed, int parties) implements java.io.Serializable {
}
