package no.samhandling.meeting.entity;

import no.samhandling.body.entity.BodyKind;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How often a body must meet: SSU every quarter (R-BODY-2), the partnership meeting once a year in January or
 * February (R-BODY-1). A period that has begun without a meeting held or called in it is flagged.
 */
public final class MeetingCadence {

    /** A period that lacks a meeting: a quarter of SSU's year (1–4), or the partnership meeting's season (0). */
    public record Gap(int year, int quarter, LocalDate from, LocalDate to) implements java.io.Serializable {
    }

    private MeetingCadence() {
    }

    /** R-BODY-1: a partnership meeting on a day outside January and February, its season. */
    public static boolean outsideSeason(BodyKind kind, LocalDate day) {
        return kind == BodyKind.PARTNERSHIP_MEETING && day.getMonthValue() > Month.FEBRUARY.getValue();
    }

    public static List<Gap> gaps(BodyKind kind, Collection<LocalDate> meetingDays, int year, LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        if (kind == BodyKind.STRATEGIC_COMMITTEE) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                LocalDate to = from.plusMonths(3).minusDays(1);
                addIfMissing(gaps, meetingDays, today, new Gap(year, quarter, from, to));
            }
        } else if (kind == BodyKind.PARTNERSHIP_MEETING) {
            LocalDate from = LocalDate.of(year, Month.JANUARY, 1);
            addIfMissing(gaps, meetingDays, today, new Gap(year, 0, from,
                    from.plusMonths(2).minusDays(1)));
        }
        return gaps;
    }

    private static void addIfMissing(List<Gap> gaps, Collection<LocalDate> meetingDays, LocalDate today, Gap period) {
        boolean begun = !today.isBefore(period.from());
        boolean met = meetingDays.stream().anyMatch(d -> !d.isBefore(period.from()) && !d.isAfter(period.to()));
        if (begun && !met) {
            gaps.add(period);
        }
    }
}
