package no.samhandling.body.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-BODY-1 (§4.1): the partnership meeting meets once a year in January or February, in two parts (dialogue
 * meeting, partnership meeting); SSU's leader chairs it; only the hospital CEO and the municipal chief executives
 * decide, by consensus; user and GP representatives and the invited organisations are invited.
 */
public final class PartnershipMeetingRules {

    public static final Set<Position> DECIDING = Set.of(Position.HOSPITAL_CEO, Position.MUNICIPAL_CHIEF_EXECUTIVE);
    public static final List<String> PARTS = List.of("DIALOGUE", "PARTNERSHIP");

    private PartnershipMeetingRules() {
    }

    public static boolean mayDecide(Position position) {
        return DECIDING.contains(position);
    }

    public static boolean isInSeason(LocalDate day) {
        return day.getMonth() == Month.JANUARY || day.getMonth() == Month.FEBRUARY;
    }

    /** The chair of a meeting on a day: SSU's leader of that day, if one is recorded. */
    public static Optional<LeadershipTerm> chair(List<LeadershipTerm> ssuTerms, LocalDate day) {
        return ssuTerms.stream().filter(t -> t.covers(day)).findFirst();
    }
}
