package no.samhandling.body.boundary;

import no.samhandling.body.entity.Position;

/** A person as the person page shows and edits it (minimal personal data). */
public record PersonDetails(long id, long version, String fullName, Position position, String workEmail,
                            String workPhone) implements java.io.Serializable {
}
