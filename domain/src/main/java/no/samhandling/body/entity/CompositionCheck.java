package no.samhandling.body.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The composition the agreement prescribes for SSU (R-BODY-3, §4.2) and AU (R-BODY-5, §4.3), compared with the seats
 * actually filled on a day. Pure: it gets the seats, the regions and KS's id, and returns every deviation.
 */
public final class CompositionCheck {

    static final String SSU = "R-BODY-3";
    static final String AU = "R-BODY-5";

    private CompositionCheck() {
    }

    public static List<Deviation> check(BodyKind kind, List<Seat> seats, List<String> regions, Long ksId) {
        return check(kind, seats, regions, ksId, false);
    }

    /** {@code userRepresentation}: whether the body decided to have users represented (professional committees). */
    public static List<Deviation> check(BodyKind kind, List<Seat> seats, List<String> regions, Long ksId,
                                        boolean userRepresentation) {
        return switch (kind) {
            case STRATEGIC_COMMITTEE -> strategicCommittee(seats, regions, ksId);
            case WORKING_COMMITTEE -> workingCommittee(seats);
            case PROFESSIONAL_COMMITTEE -> professionalCommittee(seats, regions, userRepresentation);
            default -> List.of();
        };
    }

    /** R-BODY-6: members from the hospital, the municipal regions and the GPs; users if the committee decided so. */
    private static List<Deviation> professionalCommittee(List<Seat> seats, List<String> regions, boolean users) {
        List<Deviation> deviations = new ArrayList<>();
        if (seats.stream().noneMatch(s -> s.party() == Party.HOSPITAL)) {
            deviations.add(Deviation.of("R-BODY-6", "composition.committee.hospital"));
        }
        for (String region : regions) {
            if (seats.stream().noneMatch(s -> s.party() == Party.MUNICIPALITIES && region.equals(s.region()))) {
                deviations.add(Deviation.of("R-BODY-6", "composition.committee.region", region));
            }
        }
        if (seats.stream().noneMatch(CompositionCheck::isGp)) {
            deviations.add(Deviation.of("R-BODY-6", "composition.committee.gp"));
        }
        if (users && seats.stream().noneMatch(s -> s.type() == SeatType.USER_REPRESENTATIVE)) {
            deviations.add(Deviation.of("R-BODY-6", "composition.userRepresentative.missing"));
        }
        return deviations;
    }

    /** R-BODY-7: a GP takes part as GP representative or as a general practitioner in any seat. */
    public static boolean isGp(Seat seat) {
        return seat.type() == SeatType.GP_REPRESENTATIVE || seat.position() == Position.GENERAL_PRACTITIONER;
    }

    private static List<Deviation> strategicCommittee(List<Seat> seats, List<String> regions, Long ksId) {
        List<Deviation> deviations = new ArrayList<>();
        for (String region : regions) {
            List<Seat> regional = seats.stream()
                    .filter(s -> s.party() == Party.MUNICIPALITIES && s.type() == SeatType.FIXED && region.equals(s.region()))
                    .toList();
            if (regional.size() != 2) {
                deviations.add(Deviation.of(SSU, "composition.region.fixedSeats", region, regional.size(), 2));
            }
            for (Position required : List.of(Position.MUNICIPAL_CHIEF_EXECUTIVE, Position.HEAD_OF_HEALTH_SERVICES)) {
                if (regional.stream().noneMatch(s -> s.position() == required)) {
                    deviations.add(Deviation.of(SSU, "composition.region.position", region, required));
                }
            }
        }
        expect(deviations, SSU, seats, Party.MUNICIPALITIES, SeatType.ATTEND_AND_SPEAK, 5);
        expectPosition(deviations, SSU, seats, Party.MUNICIPALITIES, SeatType.ATTEND_AND_SPEAK,
                Position.MUNICIPAL_CHIEF_MEDICAL_OFFICER, 1);
        expectPosition(deviations, SSU, seats, Party.MUNICIPALITIES, SeatType.ATTEND_AND_SPEAK,
                Position.COOPERATION_COORDINATOR, 4);
        expect(deviations, SSU, seats, Party.HOSPITAL, SeatType.FIXED, 8);
        expect(deviations, SSU, seats, Party.HOSPITAL, SeatType.ATTEND_AND_SPEAK, 5);
        seats.stream()
                .filter(s -> !s.hasDeputy() && (s.type() == SeatType.FIXED
                        || s.position() == Position.MUNICIPAL_CHIEF_MEDICAL_OFFICER && s.type() == SeatType.ATTEND_AND_SPEAK))
                .forEach(s -> deviations.add(Deviation.of(SSU, "composition.deputy.missing", s.holder())));
        if (seats.stream().noneMatch(s -> s.type() == SeatType.USER_REPRESENTATIVE)) {
            deviations.add(Deviation.of(SSU, "composition.userRepresentative.missing"));
        }
        if (seats.stream().noneMatch(s -> s.type() == SeatType.OBSERVER && ksId != null && ksId.equals(s.invitedOrganisationId()))) {
            deviations.add(Deviation.of(SSU, "composition.ks.missing"));
        }
        return deviations;
    }

    private static List<Deviation> workingCommittee(List<Seat> seats) {
        List<Deviation> deviations = new ArrayList<>();
        expectPosition(deviations, AU, seats, Party.MUNICIPALITIES, null, Position.HEAD_OF_HEALTH_SERVICES, 1);
        expectPosition(deviations, AU, seats, Party.MUNICIPALITIES, null, Position.COOPERATION_COORDINATOR, 4);
        expectPosition(deviations, AU, seats, Party.HOSPITAL, null, Position.HEAD_OF_COOPERATION_DEPARTMENT, 1);
        expectPosition(deviations, AU, seats, Party.HOSPITAL, null, Position.COOPERATION_ADVISER, 2);
        return deviations;
    }

    private static void expect(List<Deviation> deviations, String rule, List<Seat> seats, Party party, SeatType type,
                               int expected) {
        long actual = seats.stream().filter(s -> s.party() == party && s.type() == type).count();
        if (actual != expected) {
            deviations.add(Deviation.of(rule, "composition.seats", party, type, actual, expected));
        }
    }

    /** {@code type} null: any kind of seat on that side. */
    private static void expectPosition(List<Deviation> deviations, String rule, List<Seat> seats, Party party,
                                       SeatType type, Position position, int expected) {
        long actual = seats.stream()
                .filter(s -> s.party() == party && (type == null || s.type() == type) && s.position() == position)
                .count();
        if (actual != expected) {
            deviations.add(Deviation.of(rule, "composition.position", party, position, actual, expected));
        }
    }
}
