package no.samhandling.meeting.boundary;

import no.samhandling.cases.entity.CaseStep;

import java.time.ZonedDateTime;
import java.util.List;

/** A meeting with its agenda, as the meetings overview shows it (time in Europe/Oslo). */
public record MeetingSummary(long id, String bodyCode, String bodyNameNb, String bodyNameEn, ZonedDateTime startsAt,
                             String place, String title, List<AgendaItem> agenda, boolean registeredAfterwards,
                             boolean outsideSeason) implements java.io.Serializable {

    /** One case on the agenda, with the party that proposed it (none for the secretariat's own). */
    public record AgendaItem(long caseId, String number, String title, CaseStep step, String consequences,
                             String proposedBy) implements java.io.Serializable {
    }
}
