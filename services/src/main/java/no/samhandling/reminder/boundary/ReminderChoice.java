package no.samhandling.reminder.boundary;

import no.samhandling.deadline.boundary.ReminderTopic;
import no.samhandling.reminder.entity.ReminderPreference;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user receives by e-mail: whether at all, how many days ahead, which topics; with the version seen (for
 * optimistic locking; 0 before the first choice) and the address the digest goes to.
 */
public record ReminderChoice(boolean enabled, int daysAhead, Set<ReminderTopic> topics, long version, String email) implements java.io.Serializable {

    public static final long NOT_CHOSEN = -1;

    /** Before a user has chosen: nothing is mailed; every topic is offered, 14 days ahead. */
    public static ReminderChoice none(String email) {
        return new ReminderChoice(false, 14, EnumSet.allOf(ReminderTopic.class), NOT_CHOSEN, email);
    }

    public static ReminderChoice of(ReminderPreference p) {
        Set<ReminderTopic> topics = EnumSet.noneOf(ReminderTopic.class);
        if (p.isPapers()) topics.add(ReminderTopic.PAPERS);
        if (p.isFollowUp()) topics.add(ReminderTopic.FOLLOW_UP);
        if (p.isAgreement()) topics.add(ReminderTopic.AGREEMENT);
        if (p.isBodies()) topics.add(ReminderTopic.BODIES);
        if (p.isArchive()) topics.add(ReminderTopic.ARCHIVE);
        if (p.isNotices()) topics.add(ReminderTopic.NOTICES);
        return new ReminderChoice(p.isEnabled(), p.getDaysAhead(), topics, p.getVersion(), p.getUser().getEmail());
    }

    /** Writes the choice onto the record. */
    public void applyTo(ReminderPreference p) {
        p.choose(enabled, daysAhead, topics.contains(ReminderTopic.PAPERS), topics.contains(ReminderTopic.FOLLOW_UP),
                topics.contains(ReminderTopic.AGREEMENT), topics.contains(ReminderTopic.BODIES),
                topics.contains(ReminderTopic.ARCHIVE), topics.contains(ReminderTopic.NOTICES));
    }
}
