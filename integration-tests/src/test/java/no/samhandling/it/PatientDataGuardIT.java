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

/** R-DSP-4 through the real API: a national identity number in a typed text is refused, naming the field. */
@ExtendWith(ArquillianExtension.class)
class PatientDataGuardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("R-DSP-4: a case whose description carries an identity number is refused with problem+json and not written")
    void R_DSP_4_identity_number_in_a_case_is_refused_and_nothing_is_written() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long au = fixtures.bodyId("AU");
        String title = "Utskrivningsklare pasienter " + Fixtures.unique();
        String body = "{\"bodyId\":" + au + ",\"text\":{\"title\":\"" + title + "\",\"description\":"
                + "\"Gjelder pasient 01.01.90 124 80 på medisinsk avdeling\",\"areaIds\":[],\"priorityGroupIds\":[]}}";

        HttpResponse<String> refused = Http.post("api/cases", secretariat, PASSWORD, "application/json", body);
        HttpResponse<String> accepted = Http.post("api/cases", secretariat, PASSWORD, "application/json",
                body.replace("01.01.90 124 80", "01.01.90 124 81"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(problem.getString("ruleId")).isEqualTo("R-DSP-4");
        assertThat(problem.getString("field")).isEqualTo("description");
        assertThat(problem.getString("detail")).contains("fødselsnummer").doesNotContain("124 80");
        assertThat(accepted.statusCode()).as("a wrong control digit is no identity number").isEqualTo(201);
        assertThat(fixtures.count("SELECT COUNT(c) FROM CaseFile c WHERE c.title = ?1", title)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-DSP-4: a partner's address with an identity number is refused too, by the guard under every record")
    void R_DSP_4_identity_number_in_a_partner_address_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long partner = fixtures.partnerId("3222");
        long version = fixtures.reload(partner).getVersion();
        String before = fixtures.reload(partner).getContact().postalAddress();

        HttpResponse<String> refused = Http.put("api/partners/" + partner, secretariat, PASSWORD,
                Json.createObjectBuilder().add("version", version).add("archiveEnabled", false)
                        .add("postalAddress", "Gjelder pasient 150385 45660").build().toString(), null);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(problem.getString("ruleId")).isEqualTo("R-DSP-4");
        assertThat(problem.getString("field")).isEqualTo("postalAddress");
        assertThat(fixtures.reload(partner).getContact().postalAddress()).isEqualTo(before);
        assertThat(fixtures.reload(partner).getVersion()).isEqualTo(version);
    }
}
