package no.samhandling.partner.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samhandling.partner.boundary.PartnerChanges;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.rules.RuleViolation;

import java.util.List;

/** The partner register as JSON; the same rules as the pages, enforced by {@link PartnerService}. */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerService partners;

    @GET
    public List<PartnerSummary> list() {
        return partners.list();
    }

    @GET
    @Path("{id}")
    public PartnerSummary get(@PathParam("id") long id) {
        return partners.get(id);
    }

    @PUT
    @Path("{id}")
    public PartnerSummary update(@PathParam("id") long id, PartnerChanges changes) {
        if (changes == null) {
            throw RuleViolation.invalidField("body", "error.badRequest");
        }
        return partners.update(id, changes);
    }

    /** The secretariat moves a municipality to another region of the community. */
    @PUT
    @Path("{id}/region")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Done; no content")
    public jakarta.ws.rs.core.Response move(@PathParam("id") long partnerId, RegionChoice choice) {
        if (choice == null || choice.regionId() == null) {
            throw no.samhandling.rules.RuleViolation.invalidField("regionId", "input.required");
        }
        regions.move(partnerId, choice.regionId());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @jakarta.inject.Inject
    no.samhandling.partner.boundary.RegionService regions;

    public record RegionChoice(Long regionId) implements java.io.Serializable {
    }
}
