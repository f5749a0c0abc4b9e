package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.samhandling.user.boundary.UserService;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API without a bcrypt per call (issue 18): a verified HTTP Basic password is remembered only while it is the
 * account's current one and the account active, with the roles of the moment; API keys act as their account until
 * revoked, expired or the account deactivated.
 */
@ExtendWith(ArquillianExtension.class)
class ApiCredentialsIT {

    private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    UserService users;

    @Test
    void a_remembered_password_takes_the_roles_of_the_moment_and_ends_with_a_new_password_or_deactivation() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        long id = fixtures.userId(member);
        String keysOfMember = "api/users/" + id + "/api-keys";

        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).as("remembered").isEqualTo(200);
        assertThat(Http.get(keysOfMember, member, PASSWORD).statusCode()).isEqualTo(403);

        long version = As.user(secretariat, () -> users.get(id)).version();
        As.user(secretariat, () -> users.authorise(id, version, EnumSet.of(Role.MEMBER, Role.SECRETARIAT), null));
        assertThat(Http.get(keysOfMember, member, PASSWORD).statusCode()).as("a role given counts at once").isEqualTo(200);

        As.user(secretariat, () -> users.resetPassword(id, "second-password-2"));
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).as("the old password, remembered before").isEqualTo(401);
        assertThat(Http.get("api/partners", member, "second-password-2").statusCode()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, "second-password-2").statusCode()).isEqualTo(200);

        long later = As.user(secretariat, () -> users.get(id)).version();
        As.user(secretariat, () -> users.deactivate(id, later));
        assertThat(Http.get("api/partners", member, "second-password-2").statusCode()).as("deactivated").isEqualTo(401);
    }

    @Test
    void an_api_key_acts_as_its_account_with_its_roles_until_revoked() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String integration = fixtures.user(Role.SECRETARIAT, null);
        String municipal = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");

        HttpResponse<String> issued = Http.post("api/users/" + fixtures.userId(integration) + "/api-keys", secretariat,
                PASSWORD, "application/json", "{\"name\":\"Sak/arkiv-integrasjon\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonObject body = json(issued.body()).asJsonObject();
        String key = body.getString("key");
        long keyId = body.getJsonObject("line").getJsonNumber("id").longValue();
        assertThat(key).startsWith("smh_").hasSizeGreaterThan(40);
        assertThat(issued.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/api-keys/" + keyId));
        assertThat(body.getJsonObject("line").getString("expiresOn")).isEqualTo(LocalDate.now(OSLO).plusYears(1).toString());
        assertThat(fixtures.count("SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = ?1", key)).as("the key is not stored").isZero();

        // the key's own calls run as its account: a key it issues names it as the issuer
        HttpResponse<String> second = bearerPost("api/users/" + fixtures.userId(municipal) + "/api-keys", key,
                "{\"name\":\"Kommunens system\",\"expiresOn\":\"" + LocalDate.now(OSLO).plusDays(30) + "\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second.body()).asJsonObject().getJsonObject("line").getString("createdBy")).isEqualTo(integration);
        String municipalKey = json(second.body()).asJsonObject().getString("key");

        HttpResponse<String> asMunicipal = bearerGet("api/partners", municipalKey);
        assertThat(asMunicipal.statusCode()).isEqualTo(200);
        assertThat(bearerGet("api/users/" + fixtures.userId(municipal) + "/api-keys", municipalKey).statusCode())
                .as("the account's roles, not more").isEqualTo(403);

        JsonArray lines = json(Http.get("api/users/" + fixtures.userId(integration) + "/api-keys", secretariat, PASSWORD).body()).asJsonArray();
        assertThat(lines).hasSize(1);
        assertThat(lines.getJsonObject(0).isNull("lastUsedAt")).as("its use is recorded").isFalse();
        assertThat(lines.getJsonObject(0).containsKey("key")).as("never shown again").isFalse();

        assertThat(Http.delete("api/api-keys/" + keyId, secretariat, PASSWORD).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = bearerGet("api/partners", key);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(bearerGet("api/partners", "smh_" + "A".repeat(43)).statusCode()).as("a guessed key").isEqualTo(401);
        assertThat(bearerGet("api/partners", municipalKey).statusCode()).as("another key stays valid").isEqualTo(200);
    }

    @Test
    void an_api_key_without_a_name_or_beyond_a_year_is_refused_naming_the_field() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String path = "api/users/" + fixtures.userId(fixtures.user(Role.ARCHIVE_SYSTEM, "3205")) + "/api-keys";
        long before = fixtures.count("SELECT COUNT(t) FROM ApiToken t");

        HttpResponse<String> nameless = Http.post(path, secretariat, PASSWORD, "application/json", "{\"name\":\"  \"}");
        assertThat(nameless.statusCode()).isBetween(400, 422);
        assertThat(nameless.body()).contains("\"name\"");
        HttpResponse<String> tooLong = Http.post(path, secretariat, PASSWORD, "application/json",
                "{\"name\":\"Arkiv\",\"expiresOn\":\"" + LocalDate.now(OSLO).plusYears(2) + "\"}");
        assertThat(tooLong.statusCode()).isBetween(400, 422);
        assertThat(tooLong.body()).contains("expiresOn");
        assertThat(fixtures.count("SELECT COUNT(t) FROM ApiToken t")).isEqualTo(before);
    }

    private static jakarta.json.JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static HttpResponse<String> bearerGet(String path, String key) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + path)).header("Authorization", "Bearer " + key)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> bearerPost(String path, String key, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
