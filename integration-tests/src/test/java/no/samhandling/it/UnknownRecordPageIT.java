package no.samhandling.it;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of one record, asked for with an id that is missing, no number, or of no record, answers the translated
 * "not found" page with 404 — never the 500 page — for every detail page, in a signed-in session.
 */
@BlackBox
class UnknownRecordPageIT {

    private static final String DEMO_PASSWORD = "samhandling-demo";
    private static final List<String> PAGES = List.of("app/meeting.xhtml", "app/case.xhtml", "app/dispute.xhtml",
            "app/body.xhtml", "app/person.xhtml", "app/partner.xhtml", "app/agreement-version.xhtml",
            "app/admin/user.xhtml");
    private static final List<String> IDS = List.of("", "?id=", "?id=abc", "?id=999999999", "?id=-1");

    @Test
    void every_detail_page_answers_404_with_the_translated_page_for_an_unknown_missing_or_malformed_id() throws Exception {
        PageSession session = new PageSession("127.0.0.1");
        assertThat(session.signedIn(session.signIn("sekretariat", DEMO_PASSWORD))).isTrue();

        List<String> wrong = new ArrayList<>();
        for (String page : PAGES) {
            for (String id : IDS) {
                RawHttp.Answer answer = session.get(page + id);
                if (answer.status() != 404 || !answer.body().contains("Fant ikke siden")) {
                    wrong.add(page + id + " → " + answer.status());
                }
            }
        }
        assertThat(wrong).as("pages that did not answer \"not found\"").isEmpty();
    }
}
