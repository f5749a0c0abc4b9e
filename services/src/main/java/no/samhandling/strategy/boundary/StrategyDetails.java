package no.samhandling.strategy.boundary;

import no.samhandling.strategy.entity.MeasureStatus;

import java.time.LocalDate;
import java.util.List;

/** A strategy with its goals and its yearly action plans, each with its measures. */
public record StrategyDetails(long id, String title, int periodFrom, int periodTo, String vision, List<Goal> goals,
                              List<Plan> plans) implements java.io.Serializable {

    public record Goal(long id, int ordinal, String title, String description) implements java.io.Serializable {
    }

    public record Plan(long id, long version, int year, LocalDate approvedOn, String approvedBy, List<Measure> measures) implements java.io.Serializable {
    }

    public record Measure(long id, long version, long goalId, int goalOrdinal, String text, long responsibleId,
                          String responsible, LocalDate dueOn, MeasureStatus status, boolean overdue,
                          boolean mayReport) implements java.io.Serializable {
    }
}
