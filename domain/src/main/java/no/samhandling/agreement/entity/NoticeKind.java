package no.samhandling.agreement.entity;

import java.time.LocalDate;

/** A party's written notice under §8: renegotiation with three months' notice, termination with one year's. */
public enum NoticeKind {
    /** R-AGR-7: the agreement stays in force while the parties negotiate. */
    RENEGOTIATION(3),
    /** R-AGR-8: the party's bilateral relation ends when the notice has run. */
    TERMINATION(12);

    private final int months;

    NoticeKind(int months) {
        this.months = months;
    }

    /** The day the notice has run: the same day of the month, or the month's last day where it has fewer days. */
    public LocalDate effectiveOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(months);
    }
}
