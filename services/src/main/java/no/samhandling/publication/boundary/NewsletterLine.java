package no.samhandling.publication.boundary;

import java.time.LocalDate;
import java.util.List;

/** One newsletter: its year and number, title, planned and published days, contents, the decisions it tells of. */
public record NewsletterLine(long id, long version, int year, int number, String title, LocalDate plannedOn,
                             LocalDate publishedOn, String contents, List<LinkedDecision> decisions) implements java.io.Serializable {

    /** A decision the issue tells of, named by body and case, and the case that shows it. */
    public record LinkedDecision(long id, String label, long caseId) implements java.io.Serializable {
    }
}
