package no.samhandling.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;

import java.io.Serializable;
import java.util.List;

/** The deadlines overview: every deadline in date order, the passed ones flagged, filterable by kind. */
@Named
@ViewScoped
public class DeadlinesView implements Serializable {

    @Inject
    DeadlineService deadlines;

    private List<Deadline> all;
    private DeadlineKind kind;

    public List<Deadline> getDeadlines() {
        if (all == null) {
            all = deadlines.overview();
        }
        return kind == null ? all : all.stream().filter(d -> d.kind() == kind).toList();
    }

    public DeadlineKind[] getKinds() { return DeadlineKind.values(); }
    public DeadlineKind getKind() { return kind; }
    public void setKind(DeadlineKind value) { this.kind = value; }
}
