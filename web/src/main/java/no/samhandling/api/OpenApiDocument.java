package no.samhandling.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Map;

/**
 * What the generated OpenAPI document does not know by itself (issue 18, for integrators): the problem+json schema
 * every refusal answers with, the refusals every operation can meet, and how to sign in (HTTP Basic, or an API key as
 * a bearer token). Registered with {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiDocument implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Invalid input: a field, a parameter or the JSON could not be read (field names it)",
            "401", "Sign-in required (WWW-Authenticate says how)",
            "403", "Not allowed for this user, or a write with a browser session or from another site",
            "404", "No such record, or not one this user may see",
            "409", "Changed by someone else meanwhile: read it again",
            "422", "Refused by a rule of the agreement (ruleId names it, field the input)",
            "429", "Too many failed sign-ins: wait as Retry-After says");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> refusal : REFUSALS.entrySet()) {
            if (!responses.hasAPIResponse(refusal.getKey())) {
                responses.addAPIResponse(refusal.getKey(), OASFactory.createAPIResponse()
                        .description(refusal.getValue())
                        .content(problemContent()));
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail (application/problem+json)")
                .addProperty("type", string("urn:samhandling:problem:<kind>"))
                .addProperty("title", string("the same for every problem of its type"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("what happened here, in the language the client asked for"))
                .addProperty("ruleId", string("the rule of the agreement that refused it (R-…), or null"))
                .addProperty("field", string("the input field or parameter at fault, or null")));
        openAPI.getComponents()
                .addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("User name and password of a Samhandling account"))
                .addSecurityScheme("apiKey", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("smh_…")
                        .description("An API key the secretariat issued for the account (the user's page)"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
