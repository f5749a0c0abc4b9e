package no.samhandling.body.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.api.Paging;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.PersonDetails;
import no.samhandling.body.entity.Position;
import no.samhandling.rules.RuleViolation;

/** The community's people (members, deputies, leaders): a page by name, one person, and a correction. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    BodyService bodies;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        return paging.answer(bodies.people(paging.offset(), paging.size()), bodies.countPeople(), uri);
    }

    @GET
    @Path("{id: [0-9]+}")
    public PersonDetails get(@PathParam("id") long id) {
        return bodies.getPerson(id);
    }

    /** Corrects name, position and work contact; {@code version} is the one the client read. */
    @PUT
    @Path("{id: [0-9]+}")
    public PersonDetails update(@PathParam("id") long id, PersonChanges changes) {
        if (changes == null || changes.version() == null) {
            throw RuleViolation.invalidField("version", "input.required");
        }
        return bodies.updatePerson(id, changes.version(), changes.fullName(), changes.position(), changes.workEmail(),
                changes.workPhone());
    }

    public record PersonChanges(Long version, String fullName, Position position, String workEmail, String workPhone) implements java.io.Serializable {
    }
}
