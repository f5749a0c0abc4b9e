package no.samhandling.reminder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.UserAccount;

/**
 * What one user chose to be reminded of by e-mail: whether at all (nobody is mailed without choosing it), how many
 * days ahead, and which topics. The topics are the names of the deadline service's reminder topics.
 */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference extends VersionedEntity {

    public static final int MAX_DAYS_AHEAD = 90;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true, updatable = false)
    private UserAccount user;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "days_ahead", nullable = false)
    private int daysAhead;

    @Column(nullable = false)
    private boolean papers;

    @Column(name = "follow_up", nullable = false)
    private boolean followUp;

    @Column(nullable = false)
    private boolean agreement;

    @Column(nullable = false)
    private boolean bodies;

    @Column(nullable = false)
    private boolean archive;

    @Column(nullable = false)
    private boolean notices;

    protected ReminderPreference() {
    }

    public ReminderPreference(UserAccount user) {
        this.user = user;
        this.daysAhead = 14;
    }

    /** The user's choice; days ahead 1–90. */
    public void choose(boolean newEnabled, int newDaysAhead, boolean newPapers, boolean newFollowUp,
                       boolean newAgreement, boolean newBodies, boolean newArchive, boolean newNotices) {
        if (newDaysAhead < 1 || newDaysAhead > MAX_DAYS_AHEAD) {
            throw RuleViolation.invalidField("daysAhead", "reminders.daysAhead.range");
        }
        this.enabled = newEnabled;
        this.daysAhead = newDaysAhead;
        this.papers = newPapers;
        this.followUp = newFollowUp;
        this.agreement = newAgreement;
        this.bodies = newBodies;
        this.archive = newArchive;
        this.notices = newNotices;
    }

    public UserAccount getUser() { return user; }
    public boolean isEnabled() { return enabled; }
    public int getDaysAhead() { return daysAhead; }
    public boolean isPapers() { return papers; }
    public boolean isFollowUp() { return followUp; }
    public boolean isAgreement() { return agreement; }
    public boolean isBodies() { return bodies; }
    public boolean isArchive() { return archive; }
    public boolean isNotices() { return notices; }
}
