package no.samhandling.publication.boundary;

import java.time.LocalDate;

/** One newsletter: its year and number, title, planned and published days, contents. */
public record NewsletterLine(long id, long version, int year, int number, String title, LocalDate plannedOn,
                             LocalDate publishedOn, String contents) {
}
