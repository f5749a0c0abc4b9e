package no.samhandling.meeting.boundary;

import java.time.LocalDateTime;

/** A meeting the secretariat calls: times are wall-clock times in Oslo. */
public record NewMeeting(Long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                         String digitalLink) {
}
