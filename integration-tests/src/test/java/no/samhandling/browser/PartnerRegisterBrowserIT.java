package no.samhandling.browser;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal administrator in a real browser: signs in through the login page, switches language, edits their own
 * municipality, is told clearly when input is bad; every page visited passes axe-core's WCAG 2.1 AA rules.
 */
@BlackBox
class PartnerRegisterBrowserIT {

    @Test
    void administrator_signs_in_switches_language_and_edits_own_municipality() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "app/partners.xhtml");
            browser.find("#j_username");
            assertThat(browser.htmlLang()).isEqualTo("nb");
            assertThat(browser.accessibilityViolations()).as("login page").isEmpty();

            browser.signIn("nesodden", Browser.DEMO_PASSWORD);

            assertThat(browser.find("main h1").getText()).as(browser.driver.getCurrentUrl()).isEqualTo("Samhandlingspartnere");
            assertThat(browser.driver.findElements(By.cssSelector("#partners-form\\:partners tbody tr"))).hasSize(22);
            assertThat(browser.accessibilityViolations()).as("partner list").isEmpty();

            browser.find("#language-form\\:switch-language").click();
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Partners"));
            assertThat(browser.htmlLang()).isEqualTo("en");

            browser.find("a[href*='partner.xhtml'][href*='id=']");
            browser.driver.findElement(By.linkText("Nesodden")).click();
            assertThat(browser.find("main h1").getText()).isEqualTo("Nesodden");
            assertThat(browser.accessibilityViolations()).as("partner page").isEmpty();

            browser.type("#form\\:organisationNumber", "123 456 789");
            browser.find("#form\\:save").click();
            assertThat(browser.find("#form\\:organisationNumber-message").getText())
                    .contains("is not a valid organisation number");

            browser.follow("#nav-agreement");
            assertThat(browser.find("#signature-count").getText()).contains("/ 22");
            assertThat(browser.accessibilityViolations()).as("agreement page").isEmpty();
            browser.type("#form\\:signedOn", "2024-10-03");
            browser.find("#form\\:sign").click();
            assertThat(browser.find("#form\\:signedOn-message").getText()).contains("dd.mm.yyyy");

            browser.follow("#nav-partners");
            browser.driver.findElement(By.linkText("Nesodden")).click();
            browser.type("#form\\:organisationNumber", "");
            browser.type("#form\\:phone", "+47 66 96 40 00");
            browser.find("#form\\:save").click();
            assertThat(browser.find("#messages").getText()).contains("The changes for Nesodden have been saved.");
            assertThat(browser.find("#form\\:phone").getAttribute("value")).isEqualTo("+47 66 96 40 00");
        }
    }

    @Test
    void municipal_administrator_sees_another_municipality_read_only() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("lillestrom", Browser.DEMO_PASSWORD);

            browser.open(Browser.APP + "app/partners.xhtml");
            browser.driver.findElement(By.linkText("Nesodden")).click();

            assertThat(browser.find("#read-only-note").getText()).contains("ikke endre");
            assertThat(browser.driver.findElements(By.id("form:save"))).isEmpty();
        }
    }

    @Test
    void secretariat_creates_a_user_in_the_user_administration() throws Exception {
        String username = "ny-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);

            browser.follow("#nav-users");
            assertThat(browser.find("main h1").getText()).isEqualTo("Brukere");
            assertThat(browser.accessibilityViolations()).as("user administration").isEmpty();

            browser.type("#form\\:username", username);
            browser.type("#form\\:fullName", "Ny Saksbehandler");
            browser.find("label[for='form:roles:1']").click();
            new org.openqa.selenium.support.ui.Select(browser.find("#form\\:partner")).selectByVisibleText("Rælingen");
            browser.type("#form\\:password_input, #form\\:password", "elg-lampe-fjord-sykkel");
            browser.find("#form\\:create").click();

            assertThat(browser.find("#messages").getText()).contains("Brukeren " + username + " er opprettet.");
            assertThat(browser.driver.findElement(By.linkText(username)).isDisplayed()).isTrue();

            browser.follow("#nav-password");
            assertThat(browser.accessibilityViolations()).as("password page").isEmpty();

            browser.follow("#nav-bodies");
            assertThat(browser.accessibilityViolations()).as("bodies page").isEmpty();
            browser.driver.findElement(By.linkText("Strategisk samarbeidsutvalg (SSU)")).click();
            assertThat(browser.find("#deviations").getText()).as("the rule id is for the API, not the reader").contains("KS")
                    .doesNotContainPattern("R-[A-Z]+-[0-9]");
            assertThat(browser.accessibilityViolations()).as("SSU page with its deviations and member form").isEmpty();
            browser.follow("#nav-mine");
            assertThat(browser.find("#no-offices").getText()).contains("jobb-e-post");
            assertThat(browser.accessibilityViolations()).as("my offices page").isEmpty();
            browser.follow("#nav-bodies");
            browser.driver.findElement(By.linkText("Partnerskapsmøtet")).click();
            assertThat(browser.find("#partnership-meeting").getText()).contains("Kommunedirektør");
            assertThat(browser.accessibilityViolations()).as("partnership meeting page").isEmpty();

            browser.follow("#nav-meetings");
            assertThat(browser.find("#page-of").getText()).startsWith("Side 1 av");
            for (int page = 1; !browser.find("main").getText().contains("SSU-møte desember 2026") && page < 30; page++) {
                browser.follow("#older"); // other tests' meetings may come before the demo's
            }
            assertThat(browser.find("main").getText()).contains("SSU-møte desember 2026").contains("13/2026");
            assertThat(browser.accessibilityViolations()).as("meetings page").isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('meetings-pager').scrollIntoView()");
            browser.screenshot("meetings-pager", 390);
            browser.screenshot("meetings-pager", 1366);

            browser.follow("#nav-archive");
            assertThat(browser.find("main h1").getText()).isEqualTo("Meldinger til arkivene");
            assertThat(browser.accessibilityViolations()).as("archive messages page").isEmpty();
            if (browser.isShown("#archive-form\\:changes .ui-row-toggler")) {
                assertThat(browser.find("#archive-form\\:changes tbody td:nth-child(4)").getText())
                        .as("a change says how it fared at its recipients").matches("\\d+ mottakere: .*");
                browser.find("#archive-form\\:changes .ui-row-toggler").click();
                assertThat(browser.find("#archive-form\\:changes\\:0\\:recipients").getText()).contains("Mottaker");
                assertThat(browser.accessibilityViolations()).as("a change opened to its recipients").isEmpty();
            }

            browser.follow("#nav-regions");
            assertThat(browser.find("main h1").getText()).isEqualTo("Kommuneregioner");
            assertThat(browser.accessibilityViolations()).as("regions page").isEmpty();
        }
    }
}
