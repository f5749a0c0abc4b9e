package no.samhandling.browser;

import org.junit.jupiter.api.DisplayName;
import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way of a new agreement version to signature in a real browser: the secretariat drafts it, uploads its text,
 * sends it on consultation, records the owner's approval, is stopped by the missing consultations (R-AGR-2), records
 * an exception and sends it out for signing; Lillestrøm's administrator then signs for Lillestrøm (R-AGR-3). Every
 * page passes axe-core's WCAG 2.1 AA rules.
 */
@BlackBox
class AgreementSigningBrowserIT {

    @Test
    @DisplayName("R-AGR-1, R-AGR-2, R-AGR-3: a version is drafted, consulted, approved, excepted, sent out and signed by a municipality")
    void R_AGR_3_secretariat_takes_a_version_to_signing_and_a_municipality_signs_it() throws Exception {
        String label = "b-" + Long.toString(System.nanoTime(), 36);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Path text = Files.createTempFile("avtale", ".pdf");
        Files.write(text, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);
            browser.follow("#nav-agreement");
            assertThat(browser.accessibilityViolations()).as("agreement page with versions and guidelines").isEmpty();

            browser.type("#draft\\:draftLabel", label);
            new Select(browser.find("#draft\\:draftOwner")).selectByVisibleText("Strategisk samarbeidsutvalg (SSU)");
            browser.type("#draft\\:draftValidFrom", today);
            browser.type("#draft\\:draftNextRevisionYear", String.valueOf(LocalDate.now().getYear() + 2));
            browser.find("#draft\\:createDraft").click();
            assertThat(browser.find("main h1").getText()).isEqualTo("Versjon " + label);
            String versionPage = browser.driver.getCurrentUrl();

            browser.find("#step\\:advance").click();
            assertThat(browser.find("#messages").getText()).contains("Last opp avtaleteksten");

            new Select(browser.find("#upload\\:documentKind")).selectByValue("TEXT");
            browser.type("#upload\\:documentTitle", "Overordnet samarbeidsavtale " + label);
            browser.driver.findElement(By.id("upload:document")).sendKeys(text.toString());
            browser.find("#upload\\:uploadDocument").click();
            assertThat(browser.find("#documents").getText()).contains("Overordnet samarbeidsavtale " + label);

            browser.find("#step\\:advance").click();
            assertThat(browser.find("#version-status").getText()).contains("På høring");
            assertThat(browser.find("#consultations-missing").getText()).contains("Høringer som mangler");
            assertThat(browser.accessibilityViolations()).as("version page in consultation").isEmpty();

            new Select(browser.find("#approval\\:approvalBody")).selectByVisibleText("Strategisk samarbeidsutvalg (SSU)");
            browser.type("#approval\\:approvedOn", today);
            new Select(browser.find("#approval\\:approvalForm")).selectByValue("MEETING");
            browser.find("#approval\\:addApproval").click();
            assertThat(browser.find("#approvals-form\\:approvals").getText()).contains("SSU");
            browser.find("#step\\:advance").click();
            assertThat(browser.find("#version-status").getText()).contains("Godkjent");

            browser.find("#step\\:advance").click();
            assertThat(browser.find("#messages").getText()).contains("høringer mangler");
            assertThat(browser.find("#version-status").getText()).contains("Godkjent");

            browser.type("#exception\\:exceptionReason", "Rådene behandler avtalen etter vedtaket i kommunestyrene");
            browser.find("#exception\\:exempt").click();
            browser.find("#step\\:advance").click();
            assertThat(browser.find("#version-status").getText()).contains("Til signering");
            browser.find("#logout-form\\:logout").click();

            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("lillestrom", Browser.DEMO_PASSWORD);
            browser.open(versionPage);
            assertThat(browser.driver.findElements(By.id("step:advance"))).as("only the secretariat moves the version").isEmpty();
            Select party = new Select(browser.find("#sign\\:party"));
            assertThat(party.getOptions()).extracting(o -> o.getText()).containsExactly("Lillestrøm");
            browser.type("#sign\\:signedOn", today);
            new Select(browser.find("#sign\\:signatoryRole")).selectByValue("MAYOR");
            browser.find("#sign\\:recordSignature").click();

            assertThat(browser.find("#messages").getText()).contains("Signaturen fra Lillestrøm er registrert");
            assertThat(browser.find("#signatures").getText()).contains("Lillestrøm").contains(today);
            assertThat(browser.find("#signature-count").getText()).contains("1 /");
            assertThat(browser.driver.findElements(By.id("sign:party"))).as("Lillestrøm has signed").isEmpty();
            assertThat(browser.accessibilityViolations()).as("version page for a municipal administrator").isEmpty();

            browser.follow("#nav-deadlines");
            assertThat(browser.find("main h1").getText()).isEqualTo("Frister");
            assertThat(browser.find("#deadlines").getText()).contains("Revisjon av avtalen");
            assertThat(browser.accessibilityViolations()).as("deadlines overview").isEmpty();
        } finally {
            Files.deleteIfExists(text);
        }
    }

    @Test
    @DisplayName("R-AGR-4: the public agreement page is readable without login and accessible")
    void R_AGR_4_public_agreement_page_is_readable_without_login() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "public/index.xhtml");
            browser.find("#public-agreement-link").click();
            assertThat(browser.find("main h1").getText()).contains("samarbeidsavtale");
            assertThat(browser.driver.findElements(By.id("logout-form:logout"))).isEmpty();
            assertThat(browser.accessibilityViolations()).as("public agreement page").isEmpty();

            browser.find("#footer-a11y").click();
            assertThat(browser.find("main h1").getText()).isEqualTo("Tilgjengelighetserklæring");
            assertThat(browser.find("#a11y-gaps").getText()).contains("PDF/UA");
            assertThat(browser.accessibilityViolations()).as("accessibility statement").isEmpty();
        }
    }
}
