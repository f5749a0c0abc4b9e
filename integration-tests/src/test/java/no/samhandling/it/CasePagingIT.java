package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list pages (issue 18): every page is a different slice in a stable order, the total and the neighbours
 * are in the headers, nothing stops at a fixed number of rows, and a bad page or size is a 400 naming it.
 */
@ExtendWith(ArquillianExtension.class)
class CasePagingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void pages_are_disjoint_slices_in_a_stable_order_with_total_and_links() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String marker = "Sideinndeling " + Fixtures.unique();
        long au = fixtures.bodyId("AU");
        for (int i = 1; i <= 7; i++) {
            HttpResponse<String> created = Http.post("api/cases", secretariat, PASSWORD, "application/json",
                    "{\"bodyId\":" + au + ",\"text\":{\"title\":\"" + marker + " nr " + i
                            + "\",\"areaIds\":[],\"priorityGroupIds\":[]}}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        String filter = "api/cases?text=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);

        List<Long> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            HttpResponse<String> answer = Http.get(filter + "&size=3&page=" + page, secretariat, PASSWORD);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Total-Count")).hasValue("7");
            JsonArray rows = Json.createReader(new StringReader(answer.body())).readArray();
            assertThat(rows).hasSize(page < 3 ? 3 : 1);
            rows.forEach(row -> seen.add(row.asJsonObject().getJsonNumber("id").longValue()));
            String links = answer.headers().firstValue("Link").orElseThrow();
            assertThat(links).contains("rel=\"first\"").contains("page=3").contains("rel=\"last\"");
            assertThat(links.contains("rel=\"next\"")).isEqualTo(page < 3);
            assertThat(links.contains("rel=\"prev\"")).isEqualTo(page > 1);
        }
        assertThat(seen).as("every case once, newest first").hasSize(7).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));

        HttpResponse<String> beyond = Http.get(filter + "&size=3&page=4", secretariat, PASSWORD);
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(beyond.body())).readArray()).isEmpty();

        HttpResponse<String> all = Http.get(filter, secretariat, PASSWORD);
        assertThat(Json.createReader(new StringReader(all.body())).readArray()).as("default size 50").hasSize(7);
    }

    @Test
    void a_bad_page_or_size_is_a_400_naming_it() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        for (String[] bad : new String[][]{{"size=201", "size"}, {"size=0", "size"}, {"page=0", "page"},
                {"page=-2", "page"}, {"size=abc", "size"}, {"page=1.5", "page"}}) {
            HttpResponse<String> answer = Http.get("api/cases?" + bad[0], member, PASSWORD);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertThat(problem.getString("field")).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void the_meetings_page_coming_first_then_held_with_the_total() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        long total = fixtures.count("SELECT COUNT(m) FROM Meeting m WHERE m.community.code = 'ahus'");
        List<Long> seen = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            HttpResponse<String> answer = Http.get("api/meetings?size=2&page=" + page, member, PASSWORD);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
            JsonArray rows = Json.createReader(new StringReader(answer.body())).readArray();
            assertThat(rows).hasSize((int) Math.min(2, Math.max(0, total - (page - 1) * 2L)));
            rows.forEach(row -> {
                seen.add(row.asJsonObject().getJsonNumber("id").longValue());
                starts.add(row.asJsonObject().getString("startsAt"));
            });
        }
        assertThat(seen).doesNotHaveDuplicates();
        java.time.Instant now = java.time.Instant.now();
        for (int i = 1; i < starts.size(); i++) {
            java.time.Instant a = java.time.OffsetDateTime.parse(starts.get(i - 1)).toInstant();
            java.time.Instant b = java.time.OffsetDateTime.parse(starts.get(i)).toInstant();
            boolean aComing = !a.isBefore(now);
            boolean bComing = !b.isBefore(now);
            assertThat(!aComing && bComing).as("the coming meetings before those held: " + starts).isFalse();
            if (aComing && bComing) {
                assertThat(a).as("the next coming first: " + starts).isBeforeOrEqualTo(b);
            } else if (!aComing && !bComing) {
                assertThat(a).as("the latest held first: " + starts).isAfterOrEqualTo(b);
            }
        }
        HttpResponse<String> bad = Http.get("api/meetings?size=500", member, PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(bad.body())).readObject().getString("field")).isEqualTo("size");
    }

    @Test
    void the_dispute_register_and_the_follow_up_list_page_with_their_totals() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long disputes = fixtures.count("SELECT COUNT(d) FROM Dispute d WHERE d.community.code = 'ahus'");
        long followUp = fixtures.count("SELECT COUNT(a) FROM FollowUpAction a WHERE a.community.code = 'ahus'");
        for (String[] list : new String[][]{{"api/disputes?size=2", String.valueOf(disputes)},
                {"api/follow-up?open=false&size=2", String.valueOf(followUp)}}) {
            HttpResponse<String> answer = Http.get(list[0], secretariat, PASSWORD);
            assertThat(answer.statusCode()).as(list[0] + answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Total-Count")).as(list[0]).hasValue(list[1]);
            assertThat(Json.createReader(new StringReader(answer.body())).readArray()).as(list[0])
                    .hasSize((int) Math.min(2, Long.parseLong(list[1])));
            assertThat(answer.headers().firstValue("Link")).as(list[0]).hasValueSatisfying(l -> assertThat(l).contains("rel=\"last\""));
            HttpResponse<String> bad = Http.get(list[0].replace("size=2", "size=0"), secretariat, PASSWORD);
            assertThat(bad.statusCode()).as(list[0]).isEqualTo(400);
        }
    }
}
