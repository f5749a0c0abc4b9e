package no.samhandling.browser;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat in a real browser walks a case through the two steps (R-CASE-1): calls two AU meetings, registers
 * the case with its consequences statement (R-CASE-2), puts it on the first agenda with an exception for late papers
 * (R-CASE-3), records the discussion, decides it at the second meeting and adds a follow-up action (R-CASE-6). Every
 * page passes axe-core's WCAG 2.1 AA rules.
 */
@BlackBox
class CaseJourneyBrowserIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Test
    void R_CASE_1_secretariat_takes_a_case_from_discussion_to_decision_with_a_follow_up_action() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 6);
        ZonedDateTime now = LocalDate.now(OSLO).atTime(12, 0).atZone(OSLO);
        try (Browser browser = Browser.start(); TestServerClock clock = TestServerClock.fixAt(now.toInstant())) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", "samhandling-demo");

            long first = createMeeting(browser, "AU drøfting " + token, now.plusMinutes(4));
            assertThat(browser.accessibilityViolations()).as("meeting page").isEmpty();
            long second = createMeeting(browser, "AU vedtak " + token, now.plusMinutes(6));
            assertThat(browser.accessibilityViolations()).as("meetings page").isEmpty();

            browser.follow("#nav-cases");
            assertThat(browser.accessibilityViolations()).as("cases page").isEmpty();
            new Select(browser.find("#new\\:newBody")).selectByVisibleText("Arbeidsutvalg/sekretariat (AU)");
            browser.type("#new\\:newTitle", "Felles rutine for legemiddelsamstemming " + token);
            browser.submit("#new\\:register");
            long caseId = idOf(browser);
            browser.type("#form\\:proposal", "AU slutter seg til rutinen.");
            browser.find("#form\\:consequencesAnswer\\:1").click();
            browser.submit("#form\\:save");
            assertThat(browser.find("#messages").getText()).contains("er lagret");
            assertThat(browser.accessibilityViolations()).as("case page").isEmpty();

            browser.open(Browser.APP + "app/meeting.xhtml?id=" + first);
            browser.select("#schedule\\:case", String.valueOf(caseId));
            browser.submit("#schedule\\:scheduleCase");
            assertThat(browser.find("#messages").getText()).as("no papers 14 days ahead").contains("unntak");
            browser.select("#schedule\\:case", String.valueOf(caseId));
            browser.type("#schedule\\:exceptionReason", "Rutinen ble ferdig i går; AU behandler den likevel.");
            browser.submit("#schedule\\:scheduleCase");
            assertThat(browser.find("#agenda").getText()).contains("For sent, unntak gitt");

            recordOutcome(browser, "DECIDED", "For tidlig vedtak");
            assertThat(browser.find("#messages").getText()).contains("trinn 1");
            recordOutcome(browser, "DISCUSSED", "Innspill: ta med fastlegene.");
            assertThat(browser.find("#agenda").getText()).contains("Drøftet");

            browser.open(Browser.APP + "app/meeting.xhtml?id=" + second);
            browser.select("#schedule\\:case", String.valueOf(caseId));
            browser.type("#schedule\\:exceptionReason", "Sakspapirene er de samme som i trinn 1.");
            browser.submit("#schedule\\:scheduleCase");
            recordOutcome(browser, "DECIDED", "AU vedtar felles rutine for legemiddelsamstemming.");
            assertThat(browser.find("#agenda").getText()).contains("AU vedtar felles rutine");
            assertThat(browser.accessibilityViolations()).as("meeting page with a decision").isEmpty();

            browser.open(Browser.APP + "app/case.xhtml?id=" + caseId);
            assertThat(browser.find("#decision-text").getText()).isEqualTo("AU vedtar felles rutine for legemiddelsamstemming.");
            browser.type("#action\\:actionDescription", "Innføre rutinen i alle kommuner " + token);
            new Select(browser.find("#action\\:actionResponsible")).selectByVisibleText("Lillestrøm");
            browser.type("#action\\:actionDue", now.toLocalDate().plusMonths(2).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.submit("#action\\:addAction");
            assertThat(browser.find("#actions").getText()).contains("Innføre rutinen i alle kommuner " + token, "Lillestrøm");
            assertThat(browser.accessibilityViolations()).as("decided case page").isEmpty();

            browser.follow("#nav-follow-up");
            assertThat(browser.find("#list\\:actions").getText()).contains("Innføre rutinen i alle kommuner " + token);
            assertThat(browser.accessibilityViolations()).as("follow-up page").isEmpty();
            browser.screenshot("follow-up", 390);
            browser.screenshot("follow-up", 1366);
        }
    }

    private static long createMeeting(Browser browser, String title, ZonedDateTime startsAt) {
        browser.follow("#nav-meetings");
        new Select(browser.find("#new\\:body")).selectByVisibleText("Arbeidsutvalg/sekretariat (AU)");
        browser.type("#new\\:title", title);
        browser.type("#new\\:startsAt", WHEN.format(startsAt));
        browser.type("#new\\:place", "Ahus Nordbyhagen");
        browser.submit("#new\\:createMeeting");
        assertThat(browser.find("main h1").getText()).isEqualTo(title);
        return idOf(browser);
    }

    private static void recordOutcome(Browser browser, String outcome, String text) {
        new Select(browser.find("#outcome\\:item")).selectByIndex(1);
        new Select(browser.find("#outcome\\:result")).selectByValue(outcome);
        browser.type("#outcome\\:text", text);
        browser.submit("#outcome\\:saveOutcome");
        browser.find("#messages");
    }

    private static long idOf(Browser browser) {
        browser.wait.until(d -> d.getCurrentUrl().contains("id="));
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
