package no.samhandling.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samhandling.search.boundary.SearchHit;
import no.samhandling.search.boundary.SearchKind;
import no.samhandling.search.boundary.SearchService;

import java.util.EnumSet;
import java.util.List;

/** {@code GET /api/search?q=…&kind=CASE&kind=DISPUTE}: the search, best matches first; no words is a 400. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    public List<SearchHit> search(@QueryParam("q") String q, @QueryParam("kind") List<SearchKind> kinds) {
        return search.search(q, kinds == null || kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds));
    }
}
