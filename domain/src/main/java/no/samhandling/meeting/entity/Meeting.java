package no.samhandling.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Body;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A meeting of one body, at a moment in time (shown in Europe/Oslo), with a place or a digital link. */
@Entity
@Table(name = "meeting")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Meeting extends VersionedEntity {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(length = 300)
    private String place;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "digital_link", length = 500)
    private String digitalLink;

    @Column(name = "registered_afterwards", nullable = false)
    private boolean registeredAfterwards;

    protected Meeting() {
    }

    /**
     * A new meeting, called for a coming day: a meeting in the past gets no new agenda. It takes place somewhere, or
     * digitally, or both; the body must exist on the day (R-BODY-8).
     */
    public Meeting(HealthCommunity community, Body body, Instant startsAt, Instant endsAt, String place,
                   String digitalLink, String title, Instant now) {
        this(community, body, startsAt, endsAt, place, digitalLink, title, now, false);
    }

    /**
     * A meeting called for a coming day, or — {@code afterwards} — one that was held and is registered now: its start
     * lies in the past, and it is marked as registered afterwards so that its cases and outcomes can still be recorded.
     */
    public Meeting(HealthCommunity community, Body body, Instant startsAt, Instant endsAt, String place,
                   String digitalLink, String title, Instant now, boolean afterwards) {
        if (startsAt == null) {
            throw RuleViolation.invalidField("startsAt", "meeting.startsAt.required");
        }
        if (!afterwards && !startsAt.isAfter(now)) {
            throw RuleViolation.invalidField("startsAt", "meeting.startsAt.past");
        }
        if (afterwards && startsAt.isAfter(now)) {
            throw RuleViolation.invalidField("startsAt", "meeting.startsAt.notHeld");
        }
        this.registeredAfterwards = afterwards;
        if (!body.isValidOn(startsAt.atZone(OSLO).toLocalDate())) {
            throw new RuleViolation("R-BODY-8", "membership.body.notValid", body.getNameNb());
        }
        this.community = community;
        this.body = body;
        this.startsAt = startsAt;
        describe(endsAt, place, digitalLink, title);
    }

    public void describe(Instant newEndsAt, String newPlace, String newDigitalLink, String newTitle) {
        if (newEndsAt != null && !newEndsAt.isAfter(startsAt)) {
            throw RuleViolation.invalidField("endsAt", "meeting.endsAt.beforeStart");
        }
        String placeText = Texts.optional("place", newPlace, 300);
        String link = Texts.optional("digitalLink", newDigitalLink, 500);
        if (placeText == null && link == null) {
            throw RuleViolation.invalidField("place", "meeting.place.required");
        }
        if (link != null && !link.matches("https://\\S+")) {
            throw RuleViolation.invalidField("digitalLink", "meeting.digitalLink.invalid");
        }
        String titleText = Texts.required("title", newTitle, 300, "input.required");
        this.endsAt = newEndsAt;
        this.place = placeText;
        this.digitalLink = link;
        this.title = titleText;
    }

    /** The meeting's day in the Oslo calendar. */
    public LocalDate day() {
        return startsAt.atZone(OSLO).toLocalDate();
    }

    /** R-BODY-1: a partnership meeting planned outside January and February — flagged as soon as it is planned. */
    public boolean isOutsideSeason() {
        return MeetingCadence.outsideSeason(body.getKind(), day());
    }

    public boolean isRegisteredAfterwards() {
        return registeredAfterwards;
    }

    /** Whether cases can still be put on its agenda: before it starts, or when it is being registered afterwards. */
    public boolean takesCasesAt(Instant now) {
        return registeredAfterwards || !hasStartedAt(now);
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The meeting's day has come: what it does with its cases can be recorded (the minutes are drafted that day). */
    public boolean isHeldBy(Instant now) {
        return !now.atZone(OSLO).toLocalDate().isBefore(day());
    }


    public HealthCommunity getCommunity() { return community; }
    public Body getBody() { return body; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public String getTitle() { return title; }
    public Instant getEndsAt() { return endsAt; }
    public String getDigitalLink() { return digitalLink; }
}
