package no.samhandling.browser;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat gives an integration an API key on the user's page: it is shown once, works at once as that
 * account, is listed without the key, and stops working when revoked. Looked at on a phone and a laptop.
 */
@BlackBox
class ApiKeyBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_secretariat_issues_an_api_key_that_is_shown_once_and_revoked_from_the_same_page() throws Exception {
        String name = "Sak/arkiv Lillestrøm " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);
            browser.open(Browser.APP + "app/admin/users.xhtml");
            browser.find("a[href*='user.xhtml']");
            WebElement page = browser.driver.findElement(By.tagName("html"));
            browser.driver.findElement(By.linkText("lillestrom")).click();
            browser.awaitGone(page);
            assertThat(browser.find("#api-keys-intro").getText()).contains("Bearer");

            browser.type("#key-form\\:keyName", name);
            browser.submit("#key-form\\:issueKey");
            String key = browser.find("#issued-key-value").getText().strip();
            assertThat(key).startsWith("smh_");
            assertThat(browser.find("#keys-form\\:api-keys").getText()).contains(name, "Gyldig").doesNotContain(key);
            assertThat(browser.accessibilityViolations()).as("user page with a new key").isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('issued-key').scrollIntoView()");
            browser.screenshot("api-key-issued", 390);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('issued-key').scrollIntoView()");
            browser.screenshot("api-key-issued", 1366);

            assertThat(call(key)).as("the key works at once").isEqualTo(200);

            browser.open(browser.driver.getCurrentUrl());
            assertThat(browser.driver.findElements(By.id("issued-key-value"))).as("shown once").isEmpty();
            WebElement before = browser.driver.findElement(By.tagName("html"));
            browser.driver.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//button")).click();
            browser.awaitGone(before);
            assertThat(browser.find("#messages").getText()).contains("trukket tilbake");
            assertThat(browser.find("#keys-form\\:api-keys").getText()).contains("Trukket tilbake");
            assertThat(call(key)).as("revoked").isEqualTo(401);
        }
    }

    private static int call(String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.APP + "api/partners"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
