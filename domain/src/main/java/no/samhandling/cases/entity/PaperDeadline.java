package no.samhandling.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/** R-CASE-3: case papers go out at least 14 days before the meeting, counted in the Oslo calendar. */
public final class PaperDeadline {

    public static final int DAYS_BEFORE = 14;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private PaperDeadline() {
    }

    /** The last day papers may be sent for a meeting starting at the given moment. */
    public static LocalDate dueOn(Instant meetingStart) {
        return meetingStart.atZone(OSLO).toLocalDate().minusDays(DAYS_BEFORE);
    }

    /**
     * The papers' status for one meeting: in time when one was sent by the due day and none came after it; late
     * when one came after the due day, or none came and the due day has passed.
     */
    public static PaperStatus status(Collection<LocalDate> sentOn, Instant meetingStart, LocalDate today,
                                     boolean exceptionRecorded) {
        LocalDate due = dueOn(meetingStart);
        LocalDate meetingDay = meetingStart.atZone(OSLO).toLocalDate();
        boolean sentInTime = sentOn.stream().anyMatch(d -> !d.isAfter(due));
        boolean sentLate = sentOn.stream().anyMatch(d -> d.isAfter(due) && !d.isAfter(meetingDay));
        PaperStatus status;
        if (sentLate) {
            status = PaperStatus.LATE;
        } else if (sentInTime) {
            status = PaperStatus.IN_TIME;
        } else {
            status = today.isAfter(due) ? PaperStatus.LATE : PaperStatus.DUE;
        }
        return status == PaperStatus.LATE && exceptionRecorded ? PaperStatus.EXCEPTION : status;
    }
}
