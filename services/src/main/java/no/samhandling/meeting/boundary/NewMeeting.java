package no.samhandling.meeting.boundary;

import jakarta.json.bind.annotation.JsonbCreator;

import java.time.LocalDateTime;

/**
 * A meeting the secretariat calls: times are wall-clock times in Oslo. {@code registeredAfterwards}: a meeting that was
 * held and is recorded now (its start in the past), with its cases and outcomes.
 */
public record NewMeeting(Long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                         String digitalLink, Boolean registeredAfterwards) implements java.io.Serializable {

    @JsonbCreator
    public NewMeeting {
    }

    /** A meeting called for a coming day. */
    public NewMeeting(Long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                      String digitalLink) {
        this(bodyId, title, startsAt, endsAt, place, digitalLink, false);
    }

    public boolean afterwards() {
        return Boolean.TRUE.equals(registeredAfterwards);
    }
}
