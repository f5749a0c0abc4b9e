package no.samhandling.strategy.entity;

/** Where a measure of the action plan stands; done and dropped ones are not rolled into the next year's plan. */
public enum MeasureStatus {
    PLANNED, ONGOING, DONE, DROPPED;

    public boolean isOpen() {
        return this == PLANNED || this == ONGOING;
    }
}
