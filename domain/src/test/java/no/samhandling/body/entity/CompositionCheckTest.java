package no.samhandling.body.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionCheckTest {

    static final List<String> REGIONS = List.of("Øvre Romerike", "Nedre Romerike", "Follo", "Kongsvingerregionen");
    static final long KS = 3L;

    @Test
    @DisplayName("R-BODY-3: an empty ssu shows every prescribed seat as missing")
    void R_BODY_3_an_empty_ssu_shows_every_prescribed_seat_as_missing() {
        List<Deviation> deviations = CompositionCheck.check(BodyKind.STRATEGIC_COMMITTEE, List.of(), REGIONS, KS);

        assertThat(deviations).extracting(Deviation::key)
                .contains("composition.region.fixedSeats", "composition.region.position", "composition.seats",
                        "composition.userRepresentative.missing", "composition.ks.missing");
        assertThat(deviations).filteredOn(d -> d.key().equals("composition.region.fixedSeats")).hasSize(4);
        assertThat(deviations).allMatch(d -> d.ruleId().equals("R-BODY-3"));
    }

    @Test
    @DisplayName("R-BODY-3: a complete ssu has no deviation")
    void R_BODY_3_a_complete_ssu_has_no_deviation() {
        assertThat(CompositionCheck.check(BodyKind.STRATEGIC_COMMITTEE, completeSsu(), REGIONS, KS)).isEmpty();
    }

    @Test
    @DisplayName("R-BODY-3: a fixed seat without personal deputy and a region with three seats are flagged")
    void R_BODY_3_a_fixed_seat_without_personal_deputy_and_a_region_with_three_seats_are_flagged() {
        List<Seat> seats = new ArrayList<>(completeSsu());
        seats.set(0, new Seat("Uten Vara", Party.MUNICIPALITIES, "Øvre Romerike", SeatType.FIXED,
                Position.MUNICIPAL_CHIEF_EXECUTIVE, false, null));
        seats.add(new Seat("Ekstra", Party.MUNICIPALITIES, "Follo", SeatType.FIXED, Position.HEAD_OF_HEALTH_SERVICES, true, null));

        List<Deviation> deviations = CompositionCheck.check(BodyKind.STRATEGIC_COMMITTEE, seats, REGIONS, KS);

        assertThat(deviations).containsExactlyInAnyOrder(
                new Deviation("R-BODY-3", "composition.deputy.missing", List.of("Uten Vara")),
                new Deviation("R-BODY-3", "composition.region.fixedSeats", List.of("Follo", 3, 2)));
    }

    @Test
    @DisplayName("R-BODY-5: au needs a head of health services four coordinators and the hospitals department head and two advisers")
    void R_BODY_5_au_needs_a_head_of_health_services_four_coordinators_and_the_hospitals_department_head_and_two_advisers() {
        List<Seat> au = new ArrayList<>();
        au.add(new Seat("A", Party.MUNICIPALITIES, null, SeatType.FIXED, Position.HEAD_OF_HEALTH_SERVICES, false, null));
        for (int i = 0; i < 4; i++) {
            au.add(new Seat("K" + i, Party.MUNICIPALITIES, REGIONS.get(i), SeatType.FIXED, Position.COOPERATION_COORDINATOR, false, null));
        }
        au.add(new Seat("H", Party.HOSPITAL, null, SeatType.FIXED, Position.HEAD_OF_COOPERATION_DEPARTMENT, false, null));
        au.add(new Seat("R1", Party.HOSPITAL, null, SeatType.FIXED, Position.COOPERATION_ADVISER, false, null));

        assertThat(CompositionCheck.check(BodyKind.WORKING_COMMITTEE, au, REGIONS, KS))
                .containsExactly(new Deviation("R-BODY-5", "composition.position",
                        List.of(Party.HOSPITAL, Position.COOPERATION_ADVISER, 1L, 2)));
        au.add(new Seat("R2", Party.HOSPITAL, null, SeatType.FIXED, Position.COOPERATION_ADVISER, false, null));
        assertThat(CompositionCheck.check(BodyKind.WORKING_COMMITTEE, au, REGIONS, KS)).isEmpty();
    }

    static List<Seat> completeSsu() {
        List<Seat> seats = new ArrayList<>();
        for (String region : REGIONS) {
            seats.add(new Seat("KD " + region, Party.MUNICIPALITIES, region, SeatType.FIXED, Position.MUNICIPAL_CHIEF_EXECUTIVE, true, null));
            seats.add(new Seat("KS " + region, Party.MUNICIPALITIES, region, SeatType.FIXED, Position.HEAD_OF_HEALTH_SERVICES, true, null));
        }
        seats.add(new Seat("KO", Party.MUNICIPALITIES, null, SeatType.ATTEND_AND_SPEAK, Position.MUNICIPAL_CHIEF_MEDICAL_OFFICER, true, null));
        for (int i = 0; i < 4; i++) {
            seats.add(new Seat("SK" + i, Party.MUNICIPALITIES, REGIONS.get(i), SeatType.ATTEND_AND_SPEAK, Position.COOPERATION_COORDINATOR, false, null));
        }
        for (int i = 0; i < 8; i++) {
            seats.add(new Seat("HF" + i, Party.HOSPITAL, null, SeatType.FIXED, Position.CLINIC_DIRECTOR, true, null));
        }
        for (int i = 0; i < 5; i++) {
            seats.add(new Seat("HT" + i, Party.HOSPITAL, null, SeatType.ATTEND_AND_SPEAK, Position.COOPERATION_ADVISER, false, null));
        }
        seats.add(new Seat("Bruker", Party.OTHER, null, SeatType.USER_REPRESENTATIVE, Position.USER_REPRESENTATIVE, false, null));
        seats.add(new Seat("KS-obs", Party.OTHER, null, SeatType.OBSERVER, Position.OTHER, false, KS));
        return seats;
    }
}
