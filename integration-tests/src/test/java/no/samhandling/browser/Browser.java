package no.samhandling.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download). Skips, saying why, when
 * they are not installed (.ci/run installs them).
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The application as the browser reaches it, and the password of every demo user. */
    static final String APP = "http://127.0.0.1:8080/samhandling/";
    static final String DEMO_PASSWORD = "samhandling-demo";

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60)); // generous: a busy CI machine, never a fixed pause
    }

    static Browser start() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("samhandling.skipBrowserTests"), "browser tests switched off");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "SKIPPED: Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /**
     * Presses a button that submits a form without ajax and waits until the browser shows the answer, so that nothing
     * is read from the page that was left (its messages could still be showing).
     */
    void submit(String buttonCssSelector) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(buttonCssSelector).click();
        awaitGone(page);
    }

    /**
     * Waits until the browser has left the page this element belongs to. Selenium's {@code stalenessOf} knows only
     * "stale element"; Chromium also answers "Node with given id does not belong to the document" while it swaps
     * documents, which means the same.
     */
    void awaitGone(WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Follows a link (a menu item) and waits until the browser shows the page it leads to: reading the page sooner,
     * axe or a find could still meet the page that was left and its nodes vanishing under it.
     */
    void follow(String linkCssSelector) {
        submit(linkCssSelector);
    }

    /**
     * Chooses an option of a select by its value, finding the select again if the page replaced it meanwhile (a
     * submitted form's answer can still be arriving when the previous page's element is found).
     */
    void select(String cssSelector, String value) {
        onFreshElement(() -> new org.openqa.selenium.support.ui.Select(find(cssSelector)).selectByValue(value));
    }

    /** Types into a field, replacing what it held (found again if the page replaced it meanwhile). */
    void type(String cssSelector, String text) {
        onFreshElement(() -> {
            WebElement field = find(cssSelector);
            field.clear();
            field.sendKeys(text);
        });
    }

    private static void onFreshElement(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Signs in through the login form on the current page and waits until the application shows the user. */
    void signIn(String username, String password) {
        type("#j_username", username);
        type("#j_password", password);
        find("#login-submit").click();
        find("#logout-form\\:logout");
    }

    /** The current page at a width (390 px: a phone; 1366 px: a laptop), saved under target/screenshots to be looked at. */
    Path screenshot(String name, int width) throws java.io.IOException {
        width(width);
        Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
    }

    /** The window at a width (390 px: a phone; 1,366 px: a laptop), the height of a laptop's. */
    void width(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
    }

    /** What a script answers on the current page. */
    Object script(String javaScript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript);
    }

    /** How many pixels the page is wider than the window: more than 0 means it scrolls sideways. */
    long sidewaysOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    boolean isShown(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** WCAG 2.1 A and AA rule violations axe-core finds on the current page, as readable lines. */
    String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
