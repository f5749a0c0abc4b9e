package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What integrators rely on (issue 18): moments as plain ISO 8601 with an offset, absent values as explicit nulls,
 * unreadable input a 400 naming the field, and problem titles that say which kind of problem it is.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    private static final String ISO_WITH_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void moments_are_iso_8601_with_an_offset_and_absent_values_are_explicit_nulls() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String day = LocalDate.now().plusMonths(3).withDayOfMonth(5).toString();
        HttpResponse<String> created = Http.post("api/meetings", secretariat, PASSWORD, "application/json",
                "{\"bodyId\":" + fixtures.bodyId("AU") + ",\"title\":\"Kontrakt " + Fixtures.unique()
                        + "\",\"startsAt\":\"" + day + "T10:00:00\",\"place\":\"Nordbyhagen\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        JsonObject meeting = json(created.body());
        assertThat(meeting.getString("startsAt")).matches(ISO_WITH_OFFSET).startsWith(day + "T10:00").doesNotContain("[");

        HttpResponse<String> read = Http.get(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^.*/samhandling/", ""), secretariat, PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject again = json(read.body());
        assertThat(again.getString("startsAt")).matches(ISO_WITH_OFFSET);
        assertThat(again.containsKey("digitalLink")).as("an absent value is written, not left out: " + again).isTrue();
        assertThat(again.isNull("digitalLink")).isTrue();
    }

    @Test
    void a_create_answers_201_with_the_new_resource_and_a_location_that_reads_it() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        HttpResponse<String> registered = Http.post("api/cases", secretariat, PASSWORD, "application/json",
                "{\"bodyId\":" + fixtures.bodyId("AU") + ",\"proposedByPartnerId\":" + fixtures.partnerId("3205")
                        + ",\"text\":{\"title\":\"Plassering " + Fixtures.unique()
                        + "\",\"proposalsDiffer\":false,\"hasConsequences\":false}}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long caseId = json(registered.body()).getJsonNumber("id").longValue();
        assertThat(location(registered)).endsWith("/api/cases/" + caseId);

        HttpResponse<String> paper = Http.post("api/cases/" + caseId + "/papers?fileName=saksframlegg.pdf", secretariat,
                PASSWORD, "application/pdf", "%PDF-1.4\n% saksframlegg\n");
        assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
        long paperId = json(paper.body()).getJsonNumber("id").longValue();
        assertThat(location(paper)).endsWith("/api/cases/" + caseId + "/papers/" + paperId);
        HttpResponse<String> read = Http.get(location(paper).replaceFirst("^.*/samhandling/", ""), secretariat, PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).startsWith("%PDF-1.4");
    }

    @Test
    void unreadable_json_and_a_bad_date_are_400_naming_the_field_with_a_meaningful_title() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long meetings = fixtures.count("SELECT COUNT(m) FROM Meeting m");

        HttpResponse<String> badDate = Http.post("api/meetings", secretariat, PASSWORD, "application/json",
                "{\"bodyId\":" + fixtures.bodyId("AU") + ",\"title\":\"Feil dato\",\"startsAt\":\"31.02.2027 10:00\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(badDate.body());
        assertThat(problem.getString("field")).isEqualTo("startsAt");
        assertThat(problem.getString("title")).isEqualTo("Invalid input");
        assertThat(problem.getString("detail")).contains("startsAt");

        HttpResponse<String> broken = Http.post("api/meetings", secretariat, PASSWORD, "application/json", "{\"title\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken.body()).getString("title")).isEqualTo("Invalid input");

        HttpResponse<String> missing = Http.get("api/meetings/999999999", secretariat, PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing.body()).getString("title")).isEqualTo("No such resource");
        assertThat(fixtures.count("SELECT COUNT(m) FROM Meeting m")).isEqualTo(meetings);
    }

    @Test
    void the_openapi_document_states_the_real_statuses_the_problem_schema_and_how_to_sign_in() throws Exception {
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:8080/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject document = json(answer.body());
        JsonObject components = document.getJsonObject("components");
        assertThat(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "ruleId", "field");
        assertThat(components.getJsonObject("securitySchemes").keySet()).contains("basic", "apiKey");
        JsonObject register = document.getJsonObject("paths").getJsonObject("/samhandling/api/cases").getJsonObject("post")
                .getJsonObject("responses");
        assertThat(register.keySet()).contains("201", "400", "401", "403", "422").doesNotContain("200");
        assertThat(register.getJsonObject("422").getJsonObject("content").keySet()).containsExactly("application/problem+json");
        JsonObject revoke = document.getJsonObject("paths").getJsonObject("/samhandling/api/api-keys/{id}")
                .getJsonObject("delete").getJsonObject("responses");
        assertThat(revoke.keySet()).contains("204", "404").doesNotContain("200");
    }

    @Test
    void the_endpoints_integrators_missed_regions_people_invited_organisations_leadership_and_the_outbox() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String municipal = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");

        jakarta.json.JsonArray regions = Json.createReader(new StringReader(
                Http.get("api/regions", municipal, PASSWORD).body())).readArray();
        assertThat(regions).isNotEmpty();
        JsonObject region = regions.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonArray("municipalities").toString().contains("Lillestrøm")).findFirst().orElseThrow();
        JsonObject other = regions.stream().map(v -> v.asJsonObject()).filter(r -> !r.equals(region)).findFirst().orElseThrow();
        long lillestrom = fixtures.partnerId("3205");
        assertThat(Http.put("api/partners/" + lillestrom + "/region", secretariat, PASSWORD,
                "{\"regionId\":" + other.getJsonNumber("id") + "}", null).statusCode()).isEqualTo(204);
        assertThat(Http.get("api/regions", municipal, PASSWORD).body()).contains("Lillestrøm");
        assertThat(Http.put("api/partners/" + lillestrom + "/region", secretariat, PASSWORD,
                "{\"regionId\":" + region.getJsonNumber("id") + "}", null).statusCode()).isEqualTo(204);
        assertThat(Http.put("api/partners/" + lillestrom + "/region", municipal, PASSWORD,
                "{\"regionId\":" + other.getJsonNumber("id") + "}", null).statusCode()).as("the secretariat's").isEqualTo(403);

        HttpResponse<String> people = Http.get("api/people?size=2", municipal, PASSWORD);
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(people.headers().firstValue("X-Total-Count").orElseThrow()))
                .isEqualTo(fixtures.count("SELECT COUNT(p) FROM Person p WHERE p.community.code = 'ahus'"));

        assertThat(Http.get("api/invited-organisations", municipal, PASSWORD).body()).contains("\"code\":\"KS\"");

        HttpResponse<String> nobody = Http.post("api/bodies/" + fixtures.bodyId("SSU") + "/leadership", secretariat,
                PASSWORD, "application/json", "{\"version\":0,\"party\":\"HOSPITAL\",\"from\":\"2030-01-01\"}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(json(nobody.body()).getString("field")).isEqualTo("personId");

        HttpResponse<String> outbox = Http.get("api/archive/messages?size=3", secretariat, PASSWORD);
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(Http.get("api/archive/messages", municipal, PASSWORD).statusCode()).isEqualTo(403);
    }

    private static String location(HttpResponse<String> created) {
        return created.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
