package no.samhandling.publication.boundary;

import java.time.LocalDate;

/** A year's annual report: its text, who drafted it last, and the decision of the partnership meeting that approved it. */
public record AnnualReportView(long id, long version, int year, String text, String draftedBy, LocalDate approvedOn,
                               String approvedBy, Long approvedCaseId) implements java.io.Serializable {
}
