package no.samhandling.cases.boundary;

import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.cases.entity.CaseStep;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseSummary(long id, String number, String bodyCode, String bodyNameNb, String bodyNameEn, String title,
                          CaseStep step, CaseStatus status, String proposedBy, LocalDate nextMeeting) implements java.io.Serializable {
}
