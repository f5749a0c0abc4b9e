package no.samhandling.body.boundary;

import java.time.ZonedDateTime;
import java.util.List;

/** A member's own view: the bodies they sit in, their terms, and the next meetings of those bodies. */
public record MyOffices(List<Office> offices, List<NextMeeting> nextMeetings) implements java.io.Serializable {

    /** One seat of the user's, now or in the past. */
    public record Office(long bodyId, String bodyNameNb, String bodyNameEn, MemberLine membership, boolean current) implements java.io.Serializable {
    }

    /** A coming meeting of a body the user sits in. */
    public record NextMeeting(long meetingId, String bodyNameNb, String bodyNameEn, String title, ZonedDateTime startsAt,
                              String place) implements java.io.Serializable {
    }
}
