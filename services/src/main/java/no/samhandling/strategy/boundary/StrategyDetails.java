package no.samhandling.strategy.boundary;

import no.samhandling.strategy.entity.MeasureStatus;

import java.time.LocalDate;
import java.util.List;

/** A strategy with its goals and its yearly action plans, each with its measures. */
public record StrategyDetails(long id, String title, int periodFrom, int periodTo, String vision, List<Goal> goals,
                              List<Plan> plans) {

    public record Goal(long id, int ordinal, String title, String description) {
    }

    public record Plan(long id, long version, int year, LocalDate approvedOn, String approvedBy, List<Measure> measures) {
    }

    public record Measure(long id, long version, long goalId, int goalOrdinal, String text, long responsibleId,
                          String responsible, LocalDate dueOn, MeasureStatus status, boolean overdue,
                          boolean mayReport) {
    }
}
