package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.samhandling.partner.entity.Partner;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The partner API and the login over real HTTP: status codes, problem+json bodies, and what the database holds. */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void member_lists_the_partners_as_json_with_http_basic() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        HttpResponse<String> response = Http.get("api/partners", member, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonArray partners = Json.createReader(new StringReader(response.body())).readArray();
        assertThat(partners).hasSize(22);
        assertThat(partners.getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getString("name")).isEqualTo("Nordre Follo");
            assertThat(p.getString("municipalityNumber")).isEqualTo("3207");
        });
    }

    @Test
    void municipal_administrator_gets_403_problem_for_another_municipality_and_nothing_changes() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3228");
        long ullensaker = fixtures.partnerId("3209");
        Partner before = fixtures.reload(ullensaker);

        HttpResponse<String> response = Http.put("api/partners/" + ullensaker, admin, PASSWORD,
                changes(before.getVersion(), null, "hijack@example.org"), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem(response).getInt("status")).isEqualTo(403);
        Partner after = fixtures.reload(ullensaker);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getContact().email()).isEqualTo(before.getContact().email());
    }

    @Test
    void invalid_organisation_number_gives_400_problem_naming_the_field_in_the_asked_language() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3228");
        long nes = fixtures.partnerId("3228");
        long version = fixtures.reload(nes).getVersion();

        HttpResponse<String> norwegian = Http.put("api/partners/" + nes, admin, PASSWORD,
                changes(version, "123456789", "post@nes.example.org"), null);
        HttpResponse<String> english = Http.put("api/partners/" + nes, admin, PASSWORD,
                changes(version, "123456789", "post@nes.example.org"), "en");

        assertThat(norwegian.statusCode()).isEqualTo(400);
        assertThat(norwegian.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = problem(norwegian);
        assertThat(problem.getString("field")).isEqualTo("organisationNumber");
        assertThat(problem.getString("ruleId")).isEqualTo("INPUT");
        assertThat(problem.getString("detail")).contains("ikke et gyldig organisasjonsnummer");
        assertThat(problem(english).getString("detail")).contains("is not a valid organisation number");
        assertThat(norwegian.body()).doesNotContain("Exception").doesNotContain("at no.samhandling");
        assertThat(fixtures.reload(nes).getVersion()).isEqualTo(version);
    }

    @Test
    void stale_version_gives_409_and_unreadable_body_gives_400() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3228");
        long nes = fixtures.partnerId("3228");
        long version = fixtures.reload(nes).getVersion();

        String firstEmail = "first-" + Fixtures.unique() + "@nes.example.org"; // a change whatever another test left
        HttpResponse<String> first = Http.put("api/partners/" + nes, admin, PASSWORD,
                changes(version, null, firstEmail), null);
        HttpResponse<String> stale = Http.put("api/partners/" + nes, admin, PASSWORD,
                changes(version, null, "second-" + Fixtures.unique() + "@nes.example.org"), null);
        HttpResponse<String> garbage = Http.put("api/partners/" + nes, admin, PASSWORD, "{not json", null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(problem(stale).getString("detail")).contains("Noen andre har endret");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fixtures.reload(nes).getContact().email()).isEqualTo(firstEmail);
    }

    @Test
    void wrong_password_is_refused_and_pages_need_a_login() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        assertThat(Http.get("api/partners", member, "wrong-password-1").statusCode()).isEqualTo(401);
        HttpResponse<String> page = Http.get("app/partners.xhtml", null, null);
        assertThat(page.body()).contains("id=\"j_password\"").doesNotContain("Nordre Follo");
        HttpResponse<String> login = Http.get("login.xhtml", null, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"nb\"").contains("Logg inn");
        assertThat(Http.get("public/index.xhtml", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_is_described_by_openapi_and_an_unknown_page_is_a_translated_404() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        HttpResponse<String> openapi = Http.get("../openapi", null, null);
        PageSession browser = new PageSession("127.0.0.1");
        assertThat(browser.signedIn(browser.signIn(member, PASSWORD))).isTrue();
        RawHttp.Answer missing = browser.get("app/no-such-page.xhtml");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/partners");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Fant ikke siden").doesNotContain("at no.samhandling").doesNotContain("at org.");
    }

    private static String changes(long version, String organisationNumber, String email) {
        var json = Json.createObjectBuilder().add("version", version).add("archiveEnabled", false);
        if (organisationNumber != null) {
            json.add("organisationNumber", organisationNumber);
        }
        if (email != null) {
            json.add("email", email);
        }
        return json.build().toString();
    }

    private static JsonObject problem(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
