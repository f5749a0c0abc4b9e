package no.samhandling.cases.web;

import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The case list a page at a time: the table asks for the rows it shows and the total for its paginator, both
 * counted and cut in the database with the page's filters, so that ten years of cases cost what one page costs.
 */
class CasePages extends LazyDataModel<CaseSummary> {

    private final CaseService cases;
    private final CaseQuery query;

    CasePages(CaseService cases, CaseQuery query) {
        this.cases = cases;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, cases.count(query));
    }

    @Override
    public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return cases.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(CaseSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public CaseSummary getRowData(String rowKey) {
        return null; // no selection in the list: each row links to its case
    }
}
