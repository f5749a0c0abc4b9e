package no.samhandling.it;

import jakarta.inject.Inject;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseText;
import no.samhandling.cases.boundary.NewCase;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.NewDispute;
import no.samhandling.dispute.entity.DisputeKind;
import no.samhandling.rules.RuleViolation;
import no.samhandling.search.boundary.SearchHit;
import no.samhandling.search.boundary.SearchKind;
import no.samhandling.search.boundary.SearchService;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search finds inflected Norwegian words in cases and disputes, filters by kind, and hides what the user may not read:
 * a patient-related dispute of one municipality from another municipality's administrator.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CaseService cases;

    @Inject
    DisputeService disputes;

    @Inject
    SearchService search;

    @Test
    void inflected_words_find_a_case_and_the_kind_filter_holds() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String marker = "q" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
        long caseId = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Felles retningslinje for legemiddelhåndtering " + marker,
                        "Kommunene ønsker like rutiner ved utskrivning.", "Forslag.", false, null, false, null,
                        Set.of(), Set.of()))));

        List<SearchHit> found = As.user(secretariat, () -> search.search("kommunenes retningslinjer " + marker, null));
        assertThat(found).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.CASE);
            assertThat(hit.id()).isEqualTo(caseId);
            assertThat(hit.outcome()).isEqualTo("/app/case");
            assertThat(hit.snippet()).contains("Kommunene ønsker");
        });
        assertThat(As.user(secretariat, () -> search.search("legemid " + marker, EnumSet.of(SearchKind.CASE))))
                .as("the beginning of a word").hasSize(1);
        assertThat(As.user(secretariat, () -> search.search(marker, EnumSet.of(SearchKind.DISPUTE)))).as("other kinds").isEmpty();
        assertThatThrownBy(() -> As.user(secretariat, () -> search.search("  ", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("q"));

        HttpResponse<String> api = Http.get("api/search?q=" + URLEncoder.encode("retningslinjene " + marker,
                StandardCharsets.UTF_8), secretariat, Fixtures.PASSWORD);
        HttpResponse<String> empty = Http.get("api/search?q=", secretariat, Fixtures.PASSWORD);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"id\":" + caseId).contains("\"kind\":\"CASE\"");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void a_patient_related_dispute_is_found_only_by_those_who_may_see_it() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String lillestromAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nesoddenAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3212");
        String marker = "q" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
        long dispute = As.user(secretariat, () -> disputes.open(new NewDispute(DisputeKind.PATIENT_CASE, null,
                "Uenighet om utskrivningen " + marker, null, fixtures.partnerId("3205"), fixtures.hospital().getId(),
                LocalDate.now(), null)));

        assertThat(As.user(lillestromAdmin, () -> search.search("utskrivning " + marker, null)))
                .extracting(SearchHit::id).containsExactly(dispute);
        assertThat(As.user(secretariat, () -> search.search("utskrivning " + marker, null)))
                .extracting(SearchHit::id).containsExactly(dispute);
        assertThat(As.user(nesoddenAdmin, () -> search.search("utskrivning " + marker, null)))
                .as("another municipality's patient-related dispute").isEmpty();
    }

    @Test
    void a_heading_match_ranks_first_matched_words_are_marked_and_a_pasted_text_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String marker = "q" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
        long inText = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Oppfølging " + marker, "Samarbeid om rehabilitering av eldre etter sykehusopphold.",
                        null, false, null, false, null, Set.of(), Set.of()))));
        long inHeading = As.user(secretariat, () -> cases.register(new NewCase(fixtures.bodyId("SSU"), null,
                new CaseText("Rehabilitering i kommunene " + marker, "Felles plan.", null, false, null, false, null,
                        Set.of(), Set.of()))));

        List<SearchHit> found = As.user(secretariat, () -> search.search("rehabilitering " + marker,
                EnumSet.of(SearchKind.CASE)));

        assertThat(found).extracting(SearchHit::id).containsExactly(inHeading, inText);
        assertThat(found.get(1).highlighted()).as("the matched word is marked in the snippet")
                .anySatisfy(part -> {
                    assertThat(part.match()).isTrue();
                    assertThat(part.text()).isEqualToIgnoringCase("rehabilitering");
                })
                .anySatisfy(part -> assertThat(part.match()).isFalse());
        assertThatThrownBy(() -> As.user(secretariat, () -> search.search("utskrivning ".repeat(20), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("q"));
        HttpResponse<String> pasted = Http.get("api/search?q=" + "a".repeat(10_000), secretariat, Fixtures.PASSWORD);
        assertThat(pasted.statusCode()).isEqualTo(400);
        assertThat(pasted.body()).contains("\"field\":\"q\"");
    }
}
