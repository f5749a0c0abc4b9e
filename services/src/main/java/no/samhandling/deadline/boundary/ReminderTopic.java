package no.samhandling.deadline.boundary;

/** What a user may choose to be reminded of by e-mail; each deadline kind belongs to one. */
public enum ReminderTopic {
    PAPERS, FOLLOW_UP, AGREEMENT, BODIES, ARCHIVE, NOTICES
}
