package no.samhandling.strategy.boundary;

import java.time.LocalDate;

/** A measure of the action plan as proposed: under which goal, what, which party answers for it, by when. */
public record NewMeasure(Long goalId, String text, Long responsiblePartnerId, LocalDate dueOn) implements java.io.Serializable {
}
