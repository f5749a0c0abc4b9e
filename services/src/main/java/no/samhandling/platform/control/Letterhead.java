package no.samhandling.platform.control;

import java.time.LocalDate;

/** What heads every page of a document: the community's name; and the day the document was made, at its foot. */
public record Letterhead(String community, LocalDate madeOn) {
}
