package no.samhandling.deadline.boundary;

/** The kinds of deadline the agreement sets that the overview and the start page gather, each under a reminder topic. */
public enum DeadlineKind {
    /** R-AGR-4: publish and send the link to the Directorate within a month of the last signature. */
    PUBLICATION(ReminderTopic.AGREEMENT, true),
    /**
     * R-AGR-6: the yearly review as planned; the next one due a year after the last held (overdue until one is held);
     * this year's not planned at all (planning it is the secretariat's).
     */
    REVIEW(ReminderTopic.AGREEMENT), REVIEW_DUE(ReminderTopic.AGREEMENT), REVIEW_NOT_PLANNED(ReminderTopic.AGREEMENT, true),
    /** R-AGR-7 / R-AGR-8: the day a renegotiation request or a termination takes effect. */
    RENEGOTIATION(ReminderTopic.AGREEMENT), TERMINATION(ReminderTopic.AGREEMENT),
    /** R-AGR-1: the year the version in force is to be revised. */
    REVISION(ReminderTopic.AGREEMENT),
    /** R-AGR-2: councils not yet consulted on a version in consultation. */
    CONSULTATIONS(ReminderTopic.AGREEMENT),
    /** R-CASE-3: the papers of a case on a coming meeting's agenda are due 14 days before it and not yet sent. */
    PAPERS_DUE(ReminderTopic.PAPERS),
    /** R-BODY-1 / R-BODY-2: SSU has no meeting in a quarter, the partnership meeting none in January/February. */
    MEETING_MISSING(ReminderTopic.BODIES),
    /** A member's term of office ends and no successor is seated yet. */
    TERM_ENDING(ReminderTopic.BODIES),
    /** R-BODY-2 / R-BODY-4: the leader's term ends and the next leader (of the other party) is not appointed. */
    LEADERSHIP_CHANGE(ReminderTopic.BODIES),
    /** R-CASE-6: follow-up actions due. */
    FOLLOW_UP(ReminderTopic.FOLLOW_UP),
    /** R-PUB-1: measures of the action plan due, the responsible party's. */
    ACTION_MEASURE(ReminderTopic.FOLLOW_UP),
    /** R-INFO-1: another party's change notice this party has not acknowledged. */
    CHANGE_NOTICE(ReminderTopic.NOTICES),
    /** R-PUB-1: a third of the year (January–April, May–August, September–December) without a newsletter out. */
    NEWSLETTER_MISSING(ReminderTopic.AGREEMENT, true),
    /** R-AGR-5 and every archive message: notifications delivered to an archive that has not answered with a receipt. */
    RECEIPT_MISSING(ReminderTopic.ARCHIVE);

    private final ReminderTopic topic;
    private final boolean secretariatDuty;

    DeadlineKind(ReminderTopic topic) {
        this(topic, false);
    }

    DeadlineKind(ReminderTopic topic, boolean secretariatDuty) {
        this.topic = topic;
        this.secretariatDuty = secretariatDuty;
    }

    /** Whether only the secretariat can act on it (plan, publish, write): nobody else is shown or reminded of it. */
    public boolean secretariatDuty() {
        return secretariatDuty;
    }

    public ReminderTopic topic() {
        return topic;
    }
}
