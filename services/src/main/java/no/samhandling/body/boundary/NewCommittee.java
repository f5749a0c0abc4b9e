package no.samhandling.body.boundary;

import java.time.LocalDate;

/** R-BODY-6: a professional committee as SSU mandates it. */
public record NewCommittee(String nameNb, String nameEn, String mandateText, LocalDate mandateDate,
                           boolean userRepresentation) implements java.io.Serializable {
}
