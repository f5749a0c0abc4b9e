package no.samhandling.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;

import java.io.Serializable;
import java.util.List;

/**
 * The start page, "what is due": what concerns the signed-in user, passed or due within the chosen horizon, their own
 * partner's and bodies' items first; filterable by kind and to the passed ones.
 */
@Named
@ViewScoped
public class StartView implements Serializable {

    private static final int[] HORIZONS = {14, 30, 60, 365};

    @Inject
    DeadlineService deadlines;

    private List<Deadline> due;
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
