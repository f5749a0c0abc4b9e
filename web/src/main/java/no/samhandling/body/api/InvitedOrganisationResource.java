package no.samhandling.body.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodyService.InvitedOrganisation;

import java.util.List;

/** The organisations the agreement invites (KS, the state administrator, districts …), for seats and meetings. */
@Path("/invited-organisations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitedOrganisationResource {

    @Inject
    BodyService bodies;

    @GET
    public List<InvitedOrganisation> list() {
        return bodies.invitedOrganisations();
    }
}
