package no.samhandling.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.search.boundary.SearchHit;
import no.samhandling.search.boundary.SearchKind;
import no.samhandling.search.boundary.SearchService;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** The search page: words (from the header's search field or the page's form), which kinds, the hits. */
@Named
@ViewScoped
public class SearchView implements Serializable {

    @Inject
    SearchService search;

    private String q;
    private SearchKind[] kinds = SearchKind.values();
    private List<SearchHit> hits;

    /** Runs the search of the page's address (?q=…), when it has words. */
    public void load() {
        if (q != null && !q.isBlank() && hits == null) {
            run();
        }
    }

    @ShowsRuleViolations
    public void run() {
        hits = search.search(q, kinds == null || kinds.length == 0 ? EnumSet.allOf(SearchKind.class)
                : EnumSet.copyOf(Arrays.asList(kinds)));
    }

    public List<SearchHit> getHits() { return hits; }
    public SearchKind[] getAllKinds() { return SearchKind.values(); }
    public String getQ() { return q; }
    public void setQ(String value) { this.q = value; }
    public SearchKind[] getKinds() { return kinds; }
    public void setKinds(SearchKind[] value) { this.kinds = value; }
}
