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

import java.io.StringReader;
import java.net.http.HttpResponse;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** R-AGR-3 over the API: each party signs once, only for itself, with a date and a role that fits. */
@ExtendWith(ArquillianExtension.class)
class AgreementSignatureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("R-AGR-3: a municipality records its own signature once and the list shows it")
    void R_AGR_3_a_municipality_records_its_own_signature_once_and_the_list_shows_it() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3220");
        long enebakk = fixtures.partnerId("3220");
        long version = fixtures.agreementVersionForSigning();
        String path = "api/agreement/versions/" + version + "/signatures";

        HttpResponse<String> signed = Http.post(path, admin, PASSWORD, "application/json",
                signature(enebakk, "2024-10-03", "MAYOR"));
        HttpResponse<String> twice = Http.post(path, admin, PASSWORD, "application/json",
                signature(enebakk, "2024-10-04", "MUNICIPAL_CHIEF_EXECUTIVE"));

        assertThat(signed.statusCode()).as("a signature is created; it has no address of its own").isEqualTo(201);
        assertThat(signed.headers().firstValue("Location")).isEmpty();
        assertThat(json(signed).getBoolean("signed")).isTrue();
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(json(twice).getString("ruleId")).isEqualTo("R-AGR-3");
        String list = Http.get(path, admin, PASSWORD).body();
        assertThat(Json.createReader(new StringReader(list)).readArray().getValuesAs(JsonObject.class))
                .filteredOn(line -> line.getJsonNumber("partnerId").longValue() == enebakk)
                .singleElement().satisfies(line -> assertThat(line.getString("signedOn")).isEqualTo("2024-10-03"));
    }

    @Test
    @DisplayName("R-AGR-3: no signature for another party in the future by a wrong role or with an unreadable date")
    void R_AGR_3_no_signature_for_another_party_in_the_future_by_a_wrong_role_or_with_an_unreadable_date() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3220");
        long enebakk = fixtures.partnerId("3220");
        long frogn = fixtures.partnerId("3214");
        long version = fixtures.agreementVersionForSigning();
        String path = "api/agreement/versions/" + version + "/signatures";

        HttpResponse<String> other = Http.post(path, admin, PASSWORD, "application/json", signature(frogn, "2024-10-03", "MAYOR"));
        HttpResponse<String> future = Http.post(path, admin, PASSWORD, "application/json", signature(enebakk, "2999-01-01", "MAYOR"));
        HttpResponse<String> role = Http.post(path, admin, PASSWORD, "application/json", signature(enebakk, "2024-10-03", "HOSPITAL_CEO"));
        HttpResponse<String> date = Http.post(path, admin, PASSWORD, "application/json", signature(enebakk, "03.10.2024", "MAYOR"));

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).getString("field")).isEqualTo("signedOn");
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(json(role).getString("field")).isEqualTo("signatoryRole");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(fixtures.count("SELECT COUNT(s) FROM AgreementSignature s WHERE s.agreementVersion.id = ?1", version)).isZero();
        assertThat(fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateId = ?1 AND o.aggregateType = 'AgreementVersion'",
                version)).isZero();
    }

    private static String signature(long partnerId, String signedOn, String role) {
        return Json.createObjectBuilder().add("partnerId", partnerId).add("signedOn", signedOn)
                .add("signatoryRole", role).build().toString();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
