package no.samhandling.browser;

import org.junit.jupiter.api.DisplayName;
import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal administrator raises a dispute over a guideline, is told at the field that an identity number may not
 * be written (R-DSP-4), and asks SSU to discuss it (R-DSP-2); the register and the dispute pass axe-core.
 */
@BlackBox
class DisputeBrowserIT {

    @Test
    @DisplayName("R-DSP-2, R-DSP-4: an administrator raises a dispute and takes it to SSU; an identity number is refused at its field")
    void R_DSP_4_administrator_raises_a_dispute_and_an_identity_number_is_refused_at_its_field() throws Exception {
        String title = "Retningslinje for utskrivning " + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("lillestrom", Browser.DEMO_PASSWORD);
            browser.follow("#nav-disputes");
            assertThat(browser.find("main h1").getText()).isEqualTo("Tvister");
            assertThat(browser.accessibilityViolations()).as("dispute register").isEmpty();
            assertThat(browser.find("#list\\:disputes").getText()).as("the register's first page").isNotBlank();
            browser.screenshot("disputes", 390);
            browser.screenshot("disputes", 1366);

            new Select(browser.find("#new\\:newKind")).selectByValue("AGREEMENT");
            new Select(browser.find("#new\\:newSubject")).selectByValue("GUIDELINE");
            browser.type("#new\\:title", title);
            browser.type("#new\\:description", "Pasient 010190 12480 ble utskrevet for tidlig");
            new Select(browser.find("#new\\:municipalityId")).selectByVisibleText("Lillestrøm");
            browser.find("#new\\:open").click();
            assertThat(browser.find("#new\\:description-message").getText()).contains("fødselsnummer");

            browser.type("#new\\:description", "Partene tolker retningslinjen ulikt");
            browser.find("#new\\:open").click();
            assertThat(browser.find("main h1").getText()).contains(title);
            assertThat(browser.find("#dispute-status").getText()).contains("Lavest mulig nivå");
            assertThat(browser.accessibilityViolations()).as("dispute page").isEmpty();

            browser.type("#escalate\\:reason", "Ikke løst i linjen; vi ber SSU drøfte saken prinsipielt");
            browser.find("#escalate\\:escalate").click();
            assertThat(browser.find("#messages").getText()).contains("Trinnet er registrert");
            assertThat(browser.find("#steps").getText()).contains("Prinsipiell drøfting i SSU").contains("Lillestrøm");
        }
    }
}
