package no.samhandling.it;

import jakarta.inject.Inject;
import no.samhandling.body.entity.Position;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** R-BODY-7: GP participation is paid; the secretariat records attendance and exports it per period. */
@ExtendWith(ArquillianExtension.class)
class GpAttendanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("R-BODY-7: gp attendance is recorded and exported per period as csv for excel")
    void R_BODY_7_gp_attendance_is_recorded_and_exported_per_period_as_csv_for_excel() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String present = "Fastlege Til Stede " + Fixtures.unique();
        String absent = "Fastlege Borte " + Fixtures.unique();
        long gp = fixtures.person(present, Position.GENERAL_PRACTITIONER);
        long away = fixtures.person(absent, Position.GENERAL_PRACTITIONER);
        long meeting = fixtures.count("SELECT m.id FROM Meeting m WHERE m.title = 'SSU-møte desember 2026'");

        assertThat(Http.post("api/meetings/" + meeting + "/attendance", secretariat, PASSWORD, "application/json",
                "{\"personId\":" + gp + ",\"status\":\"PRESENT\"}").statusCode()).isEqualTo(204);
        assertThat(Http.post("api/meetings/" + meeting + "/attendance", secretariat, PASSWORD, "application/json",
                "{\"personId\":" + away + ",\"status\":\"ABSENT\"}").statusCode()).isEqualTo(204);
        assertThat(Http.post("api/meetings/" + meeting + "/attendance", secretariat, PASSWORD, "application/json",
                "{\"personId\":" + gp + ",\"status\":\"DEPUTY\"}").statusCode()).as("deputy for whom?").isEqualTo(400);

        HttpResponse<String> csv = Http.get("api/reports/gp-attendance.csv?from=2026-12-01&to=2026-12-31",
                secretariat, PASSWORD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFDato;Organ;Møte;Fastlege;Status;Vara for")
                .contains("2026-12-10;Strategisk samarbeidsutvalg (SSU);SSU-møte desember 2026;" + present + ";PRESENT")
                .doesNotContain(absent);
        assertThat(Http.get("api/reports/gp-attendance.csv?from=2027-01-01&to=2027-01-31", secretariat, PASSWORD).body())
                .doesNotContain(present);
        assertThat(Http.get("api/reports/gp-attendance?from=december&to=2026-12-31", secretariat, PASSWORD).statusCode())
                .isEqualTo(400);
        assertThat(Http.get("api/reports/gp-attendance?from=2026-12-01&to=2026-12-31",
                fixtures.user(Role.MUNICIPAL_ADMIN, "3205"), PASSWORD).statusCode()).isEqualTo(403);
    }
}
