package no.samhandling.partner.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samhandling.partner.boundary.RegionService;
import no.samhandling.partner.boundary.RegionSummary;
import no.samhandling.rules.RuleViolation;

import java.util.List;

/** The community's regions with their municipalities; the secretariat renames a region (moves: PartnerResource). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionService regions;

    @GET
    @Path("regions")
    public List<RegionSummary> list() {
        return regions.list();
    }

    @PUT
    @Path("regions/{id: [0-9]+}")
    public RegionSummary rename(@PathParam("id") long id, RegionChange change) {
        if (change == null || change.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        return regions.rename(id, change.version(), change.name());
    }

    public record RegionChange(Long version, String name) implements java.io.Serializable {
    }

}
