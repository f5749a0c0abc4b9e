package no.samhandling.body.entity;

/** One filled seat as the composition check sees it. */
public record Seat(String holder, Party party, String region, SeatType type, Position position, boolean hasDeputy,
                   Long invitedOrganisationId) implements java.io.Serializable {
}
