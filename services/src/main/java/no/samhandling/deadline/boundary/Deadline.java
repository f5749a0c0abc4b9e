package no.samhandling.deadline.boundary;

import no.samhandling.user.entity.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * One deadline: when, what kind, what it concerns, whether it has passed, the page (JSF outcome with an optional id)
 * where it is resolved, and whom it concerns — the partner that answers for it and the body it belongs to, either
 * {@code null} when it concerns the whole community.
 */
public record Deadline(LocalDate due, DeadlineKind kind, String subject, boolean overdue, String outcome, Long id,
                       Long partnerId, Long bodyId) implements java.io.Serializable {

    /** When a deadline falls, as the start page groups them. */
    public enum When { OVERDUE, THIS_WEEK, THIS_MONTH, LATER }

    /** Overdue; due by Sunday of this week; by the end of this month; or later. */
    public When when(LocalDate today) {
        if (overdue) {
            return When.OVERDUE;
        }
        if (!due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))) {
            return When.THIS_WEEK;
        }
        return due.isAfter(today.with(TemporalAdjusters.lastDayOfMonth())) ? When.LATER : When.THIS_MONTH;
    }

    /** By day, then kind, then subject. */
    public static final Comparator<Deadline> BY_DATE = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::kind).thenComparing(Deadline::subject);

    /** A deadline of the whole community, not of one partner or body. */
    public static Deadline common(LocalDate due, DeadlineKind kind, String subject, boolean overdue, String outcome,
                                  Long id) {
        return new Deadline(due, kind, subject, overdue, outcome, id, null, null);
    }

    /**
     * Whether a reader should see it on their start page and in their reminders: the secretariat everything; an
     * administrator their own partner's, their bodies' and the agreement's deadlines except the secretariat's duties
     * (newsletters, publication, planning the review); a member what concerns the bodies they sit in and their own
     * partner.
     */
    public boolean concerns(Reader reader) {
        if (reader.roles().contains(Role.SECRETARIAT)) {
            return true;
        }
        boolean ownPartner = partnerId != null && partnerId.equals(reader.partnerId());
        boolean ownBody = bodyId != null && reader.bodyIds().contains(bodyId);
        boolean administrator = reader.roles().contains(Role.MUNICIPAL_ADMIN) || reader.roles().contains(Role.HOSPITAL_ADMIN);
        if (administrator) {
            return ownPartner || ownBody
                    || (partnerId == null && kind.topic() == ReminderTopic.AGREEMENT && !kind.secretariatDuty());
        }
        return ownPartner || ownBody;
    }

    /** Whether it is the reader's own: their partner's, or their body's. */
    public boolean ownOf(Reader reader) {
        return (partnerId != null && partnerId.equals(reader.partnerId()))
                || (bodyId != null && reader.bodyIds().contains(bodyId));
    }

    /**
     * A key that stays the same while the deadline does (kind, what it concerns, the day), for telling a reader of it
     * only once per stage: SHA-256 of those, in hex.
     */
    public String key() {
        String identity = String.join("|", kind.name(), String.valueOf(outcome), String.valueOf(id),
                String.valueOf(partnerId), String.valueOf(bodyId), subject, due.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Who reads: roles, the partner they act for (or none) and the bodies they sit in. */
    public record Reader(Set<Role> roles, Long partnerId, Set<Long> bodyIds) implements java.io.Serializable {

        /**
         * What of the community's deadlines this reader sees: overdue ones, those due within the horizon, and their own
         * (their partner's, their bodies') however far ahead — the horizon never hides the reader's own; own first, by
         * date.
         */
        public List<Deadline> due(List<Deadline> all, LocalDate today, int daysAhead) {
            LocalDate until = today.plusDays(daysAhead);
            return all.stream()
                    .filter(d -> d.concerns(this))
                    .filter(d -> d.overdue() || d.ownOf(this) || !d.due().isAfter(until))
                    .sorted(Comparator.comparing((Deadline d) -> !d.ownOf(this)).thenComparing(BY_DATE))
                    .toList();
        }
    }
}
