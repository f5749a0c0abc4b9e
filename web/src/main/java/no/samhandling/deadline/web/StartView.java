package no.samhandling.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.entity.Body;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The start page, "what must I do": what concerns the signed-in user — overdue, due within the chosen horizon, and
 * their own however far ahead — grouped as overdue, this week, this month and later, their own partner's and bodies'
 * items first in each group, every line saying whose it is; filterable by kind and to the overdue ones.
 */
@Named
@ViewScoped
public class StartView implements Serializable {

    private static final int[] HORIZONS = {14, 30, 60, 365};

    /** One group of the page: when, and its deadlines. */
    public record Group(Deadline.When when, List<Deadline> deadlines) implements Serializable {
    }

    @Inject
    DeadlineService deadlines;

    @Inject
    PartnerService partnerService;

    @Inject
    MeetingService meetingService;

    private List<Deadline> due;
    private Map<Long, String> partyNames;
    private Map<Long, String> bodyCodes;
    private int daysAhead = 30;
    private DeadlineKind kind;
    private boolean overdueOnly;

    /** Reads again with the chosen horizon. */
    public void apply() {
        due = null;
    }

    public List<Deadline> getDue() {
        if (due == null) {
            due = deadlines.mine(daysAhead);
        }
        return due.stream().filter(d -> kind == null || d.kind() == kind).filter(d -> !overdueOnly || d.overdue())
                .toList();
    }

    /** The deadlines in their groups, in the order of {@link Deadline.When}; empty groups left out. */
    public List<Group> getGroups() {
        LocalDate today = deadlines.today();
        Map<Deadline.When, List<Deadline>> byWhen = getDue().stream()
                .collect(Collectors.groupingBy(d -> d.when(today), Collectors.toList()));
        return Arrays.stream(Deadline.When.values()).filter(byWhen::containsKey)
                .map(when -> new Group(when, byWhen.get(when))).toList();
    }

    /** Whose a deadline is: its party, else its body, else nobody's in particular (null: the whole community's). */
    public String whose(Deadline deadline) {
        if (deadline.partnerId() != null) {
            return partyNames().getOrDefault(deadline.partnerId(), "");
        }
        return deadline.bodyId() == null ? null : bodyCodes().getOrDefault(deadline.bodyId(), "");
    }

    private Map<Long, String> partyNames() {
        if (partyNames == null) {
            partyNames = partnerService.list().stream()
                    .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::name, (a, b) -> a));
        }
        return partyNames;
    }

    private Map<Long, String> bodyCodes() {
        if (bodyCodes == null) {
            bodyCodes = meetingService.activeBodies().stream()
                    .collect(Collectors.toMap(Body::getId, Body::getCode, (a, b) -> a));
        }
        return bodyCodes;
    }

    public long getOverdueCount() {
        return getDue().stream().filter(Deadline::overdue).count();
    }

    public int[] getHorizons() { return HORIZONS.clone(); }
    public DeadlineKind[] getKinds() { return DeadlineKind.values(); }
    public int getDaysAhead() { return daysAhead; }
    public void setDaysAhead(int value) { this.daysAhead = value; }
    public DeadlineKind getKind() { return kind; }
    public void setKind(DeadlineKind value) { this.kind = value; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean value) { this.overdueOnly = value; }
}
