package no.samhandling.body.boundary;

import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;

import java.time.LocalDate;

/** One leadership term; the secretary role follows the leader's party (R-BODY-2). */
public record LeadershipLine(long id, Party party, String leaderName, Position position, LocalDate termFrom,
                             LocalDate termTo, Party secretaryParty, boolean current) implements java.io.Serializable {
}
