package no.samhandling.publication.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.samhandling.publication.boundary.NewsletterLine;
import no.samhandling.publication.boundary.NewsletterService;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** R-PUB-1: the newsletters — list, plan an issue, record its publication. */
@Path("/newsletters")
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    /** An issue as planned. */
    public record NewIssue(int year, int number, String title, LocalDate plannedOn, String contents,
                           Set<Long> decisionIds) implements java.io.Serializable {
    }

    /** Published on that day, changing what was seen at {@code version}. */
    public record Publication(long version, LocalDate publishedOn) implements java.io.Serializable {
    }

    @Inject
    NewsletterService newsletters;

    @GET
    public List<NewsletterLine> list() {
        return newsletters.list();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: the answer holds the new record; Location names it where it has an address")
    public Response plan(NewIssue issue, @Context UriInfo uri) {
        long id = newsletters.plan(issue.year(), issue.number(), issue.title(), issue.plannedOn(), issue.contents(),
                issue.decisionIds());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(newsletters.list().stream().filter(n -> n.id() == id).findFirst().orElseThrow()).build();
    }

    @PUT
    @Path("{id: [0-9]+}/publication")
    public NewsletterLine publish(@PathParam("id") long id, Publication publication) {
        return newsletters.publish(id, publication.version(), publication.publishedOn());
    }
}
