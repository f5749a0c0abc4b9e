package no.samhandling.deadline.boundary;

import java.time.LocalDate;

/**
 * One deadline on the overview: when, what kind, what it concerns, whether it has passed, and the page (JSF outcome
 * with an optional id) where it is resolved.
 */
public record Deadline(LocalDate due, DeadlineKind kind, String subject, boolean overdue, String outcome, Long id) {
}
