package no.samhandling.reminder.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.deadline.boundary.ReminderTopic;
import no.samhandling.reminder.boundary.ReminderChoice;
import no.samhandling.reminder.boundary.ReminderService;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** The user's choice of e-mail reminders: on or off, how many days ahead, which topics; and the digests sent. */
@Named
@ViewScoped
public class ReminderView implements Serializable {

    private static final int[] DAYS = {3, 7, 14, 30};

    @Inject
    ReminderService reminders;

    private boolean enabled;
    private int daysAhead;
    private ReminderTopic[] topics;
    private long version;
    private String email;

    @PostConstruct
    void load() {
        show(reminders.mine());
    }

    @ShowsRuleViolations
    public void save() {
        show(reminders.choose(new ReminderChoice(enabled, daysAhead,
                topics(topics), version, email)));
        Pages.flashInfo("reminders.saved");
    }

    private static EnumSet<ReminderTopic> topics(ReminderTopic[] chosen) {
        EnumSet<ReminderTopic> set = EnumSet.noneOf(ReminderTopic.class);
        if (chosen != null) {
            set.addAll(Arrays.asList(chosen));
        }
        return set;
    }

    private void show(ReminderChoice choice) {
        enabled = choice.enabled();
        daysAhead = choice.daysAhead();
        topics = choice.topics().toArray(ReminderTopic[]::new);
        version = choice.version();
        email = choice.email();
    }

    public List<ReminderService.SentDigest> getSent() { return reminders.sent(); }
    public ReminderTopic[] getAllTopics() { return ReminderTopic.values(); }
    public int[] getDayChoices() { return DAYS.clone(); }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean value) { this.enabled = value; }
    public int getDaysAhead() { return daysAhead; }
    public void setDaysAhead(int value) { this.daysAhead = value; }
    public ReminderTopic[] getTopics() { return topics; }
    public void setTopics(ReminderTopic[] value) { this.topics = value; }
    public String getEmail() { return email; }
}
