package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the API is answered 4xx with problem+json and writes nothing: never a 500, never a bare answer. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    no.samhandling.cases.boundary.CaseService cases;

    @ParameterizedTest(name = "{0} {1} with body [{2}]")
    @CsvSource(delimiter = '|', value = {
            "PUT|api/funds/2031/budget|null", "PUT|api/funds/2031/budget|",
            "POST|api/funds/2031/spending|null", "POST|api/newsletters|null", "PUT|api/newsletters/1/publication|null",
            "PUT|api/annual-reports/2031/text|null", "PUT|api/annual-reports/2031/approval|null",
            "POST|api/strategies/1/plans|null", "POST|api/strategies/plans/1/measures|null",
            "PUT|api/strategies/measures/1/status|null", "PUT|api/strategies/plans/1/approval|null",
            "POST|api/change-notices|null", "POST|api/change-notices|", "PUT|api/decisions/1|null"})
    @DisplayName("A null or empty JSON body is bad input: 400 problem+json naming the body")
    void a_null_or_empty_body_is_bad_input(String method, String path, String body) throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);

        HttpResponse<String> answer = send(method, path, secretariat, body == null ? "" : body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).isNotBlank();
    }

    @Test
    @DisplayName("A member's name of 200 kB is refused as too long, and the person is not written")
    void a_value_longer_than_its_column_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String name = "N".repeat(200_000);
        long committee = fixtures.committee();
        long version = fixtures.single(Long.class, "SELECT b.version FROM Body b WHERE b.id = ?1", committee);
        String body = Json.createObjectBuilder().add("bodyVersion", version).add("fullName", name)
                .add("position", "HOSPITAL_CEO").add("party", "HOSPITAL").add("seatType", "FIXED")
                .add("termFrom", java.time.LocalDate.now().toString()).build().toString();

        HttpResponse<String> answer = send("POST", "api/bodies/" + committee + "/members", secretariat, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.createReader(new StringReader(answer.body())).readObject().getString("field")).isEqualTo("fullName");
        assertThat(fixtures.count("SELECT COUNT(p) FROM Person p WHERE LENGTH(p.fullName) > 1000")).isZero();
    }

    @Test
    @DisplayName("The server's request limit agrees with the paper policy: a 15 MB paper is taken, 21 MB is refused by the policy, 30 MB by the server, each with problem+json")
    void the_request_limit_agrees_with_the_paper_policy() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long caseId = As.user(secretariat, () -> cases.register(new no.samhandling.cases.boundary.NewCase(
                fixtures.bodyId("AU"), null, new no.samhandling.cases.boundary.CaseText("Stor sak " + Fixtures.unique(),
                "Bakgrunn.", "Forslag.", false, null, false, null, java.util.Set.of(), java.util.Set.of()))));

        HttpResponse<String> fifteen = upload(secretariat, caseId, pdf(15));
        HttpResponse<String> twentyOne = upload(secretariat, caseId, pdf(21));
        HttpResponse<String> thirty = upload(secretariat, caseId, pdf(30));

        assertThat(fifteen.statusCode()).as(fifteen.body()).isEqualTo(201);
        assertThat(twentyOne.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(twentyOne.body())).readObject().getString("field")).isEqualTo("file");
        assertThat(thirty.statusCode()).as(thirty.headers().map() + " " + thirty.body()).isEqualTo(413);
        for (HttpResponse<String> refused : java.util.List.of(twentyOne, thirty)) {
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(fixtures.count("SELECT COUNT(p) FROM CasePaper p WHERE p.caseFile.id = ?1", caseId)).isEqualTo(1);
    }

    private static byte[] pdf(int megabytes) {
        byte[] content = new byte[megabytes * 1024 * 1024];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        java.util.Arrays.fill(content, head.length, content.length, (byte) 'x');
        return content;
    }

    private static HttpResponse<String> upload(String user, long caseId, byte[] content) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + "api/cases/" + caseId + "/papers?fileName=vedlegg.pdf"))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/pdf")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
