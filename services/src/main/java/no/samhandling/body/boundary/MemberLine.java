package no.samhandling.body.boundary;

import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.body.entity.SeatType;

import java.time.LocalDate;

/** One membership of a body. */
public record MemberLine(long id, long version, long personId, String personName, Position position, Party party,
                         String region, SeatType seatType, String deputyName, LocalDate termFrom, LocalDate termTo) implements java.io.Serializable {
}
