package no.samhandling.meeting.entity;

import no.samhandling.body.entity.BodyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCadenceTest {

    @Test
    @DisplayName("R-BODY-2: ssu must meet every quarter; a begun quarter without a meeting is flagged")
    void R_BODY_2_ssu_must_meet_every_quarter_a_begun_quarter_without_a_meeting_is_flagged() {
        List<LocalDate> meetings = List.of(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 9, 10));

        List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(BodyKind.STRATEGIC_COMMITTEE, meetings, 2026,
                LocalDate.of(2026, 11, 25));

        assertThat(gaps).extracting(MeetingCadence.Gap::quarter).containsExactly(2, 4);
        assertThat(gaps.get(1).from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(gaps.get(1).to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(MeetingCadence.gaps(BodyKind.STRATEGIC_COMMITTEE, meetings, 2026, LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @Test
    @DisplayName("R-BODY-1: the partnership meeting is held in january or february; none there is flagged from new year")
    void R_BODY_1_the_partnership_meeting_is_held_in_january_or_february_none_there_is_flagged_from_new_year() {
        assertThat(MeetingCadence.gaps(BodyKind.PARTNERSHIP_MEETING, List.of(LocalDate.of(2026, 2, 28)), 2026,
                LocalDate.of(2026, 11, 25))).isEmpty();
        List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(BodyKind.PARTNERSHIP_MEETING,
                List.of(LocalDate.of(2026, 3, 1)), 2026, LocalDate.of(2026, 1, 1));
        assertThat(gaps).singleElement().satisfies(g -> assertThat(g.to()).isEqualTo(LocalDate.of(2026, 2, 28)));
        assertThat(MeetingCadence.gaps(BodyKind.WORKING_COMMITTEE, List.of(), 2026, LocalDate.of(2026, 11, 25))).isEmpty();
    }

    @Test
    @DisplayName("R-BODY-1: a partnership meeting on a day outside january and february is outside its season")
    void R_BODY_1_a_partnership_meeting_on_a_day_outside_january_and_february_is_outside_its_season() {
        assertThat(MeetingCadence.outsideSeason(BodyKind.PARTNERSHIP_MEETING, LocalDate.of(2027, 1, 14))).isFalse();
        assertThat(MeetingCadence.outsideSeason(BodyKind.PARTNERSHIP_MEETING, LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(MeetingCadence.outsideSeason(BodyKind.PARTNERSHIP_MEETING, LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(MeetingCadence.outsideSeason(BodyKind.PARTNERSHIP_MEETING, LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(MeetingCadence.outsideSeason(BodyKind.STRATEGIC_COMMITTEE, LocalDate.of(2027, 5, 10)))
                .as("only the partnership meeting has a season").isFalse();
    }
}
