package no.samhandling.body.boundary;

import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.body.entity.SeatType;

import java.time.LocalDate;

/**
 * A new membership: an existing person ({@code personId}) or a new one (name, partner, position, work contact), the
 * side and region they sit for, the kind of seat, the personal deputy and the term. {@code bodyVersion} is the
 * version of the body the user saw.
 */
public record NewMember(long bodyVersion, Long personId, String fullName, Long partnerId, Position position,
                        String workEmail, String workPhone, Party party, Long regionId, Long invitedOrganisationId,
                        SeatType seatType, Long deputyPersonId, LocalDate termFrom, LocalDate termTo) implements java.io.Serializable {
}
