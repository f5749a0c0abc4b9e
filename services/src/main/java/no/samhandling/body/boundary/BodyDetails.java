package no.samhandling.body.boundary;

import java.time.LocalDate;
import java.util.List;

/** A body on a day: who sits there, and where that departs from the agreement. */
public record BodyDetails(BodySummary body, LocalDate on, List<MemberLine> members, List<DeviationLine> deviations) {
}
