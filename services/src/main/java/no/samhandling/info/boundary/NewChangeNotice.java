package no.samhandling.info.boundary;

import no.samhandling.info.entity.ChangeKind;

import java.time.LocalDate;
import java.util.Set;

/** A change notice as announced: by which party (the secretariat names it; an administrator's is their own). */
public record NewChangeNotice(Long partnerId, String title, String description, ChangeKind kind,
                              LocalDate effectiveFrom, Set<Long> areaIds) implements java.io.Serializable {
}
