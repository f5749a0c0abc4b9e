package no.samhandling.body.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodySummary;

import java.io.Serializable;
import java.util.List;

/** Bodies on three levels, the current ones first and the older structure in history (R-BODY-8). */
@Named
@ViewScoped
public class BodiesView implements Serializable {

    @Inject
    BodyService bodyService;

    private List<BodySummary> current;
    private List<BodySummary> history;

    @PostConstruct
    void load() {
        List<BodySummary> all = bodyService.list();
        current = all.stream().filter(BodySummary::current).toList();
        history = all.stream().filter(b -> !b.current()).toList();
    }

    public List<BodySummary> getCurrent() { return current; }
    public List<BodySummary> getHistory() { return history; }
}
