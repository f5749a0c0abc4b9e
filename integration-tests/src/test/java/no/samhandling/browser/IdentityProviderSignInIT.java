package no.samhandling.browser;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.samhandling.crash.CrashServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through an identity provider (issue 17: OIDC with WildFly's elytron-oidc-client), against a real OpenID
 * Connect provider on loopback (NAV's mock-oauth2-server: discovery, authorization code with PKCE, client
 * credentials, end-session) and a WildFly of its own started with {@code -Dsamhandling.auth-method=OIDC}: the
 * provider says who the user is, Samhandling's user tables what the user may do.
 */
class IdentityProviderSignInIT {

    private static final int PORT_OFFSET = 200;
    private static final String ISSUER = "samhandling";
    private static final String CLIENT_ID = "samhandling";

    private static MockOAuth2Server provider;
    private static CrashServer server;
    private static String app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startProviderAndServer() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("samhandling.skipBrowserTests"), "browser tests switched off");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(Browser.CHROMIUM)), "SKIPPED: Debian's chromium is not installed");
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        String issuer = provider.issuerUrl(ISSUER).toString();
        Path base = Path.of("target", "oidc-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        String appUrl = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/samhandling";
        server = new CrashServer(CrashServer.pathOf("jboss.home"), base, Map.of(), PORT_OFFSET, List.of(
                "-Dsamhandling.auth-method=OIDC",
                "-Dsamhandling.oidc.provider-url=" + issuer,
                "-Dsamhandling.oidc.client-id=" + CLIENT_ID,
                "-Dsamhandling.oidc.client-secret=a-client-secret",
                "-Dsamhandling.base-url=" + appUrl));
        server.prepare(CrashServer.pathOf("samhandling.ear"));
        server.start();
        app = server.app();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void the_secretariat_signs_in_at_the_provider_with_pkce_and_gets_its_roles_from_samhandling() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(app + "app/partners.xhtml");
            browser.find("input[name=username]");
            String authorization = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(authorization).as("the authorization request the provider received")
                    .contains("code_challenge_method = S256").contains("code_challenge =")
                    .contains("client_id = " + CLIENT_ID).contains("response_type = code");

            signInAtProvider(browser, "sekretariat");

            assertThat(browser.find("main h1").getText()).isEqualTo("Samhandlingspartnere");
            assertThat(browser.find(".who").getText()).isEqualTo("sekretariat");
            assertThat(browser.driver.findElements(By.id("nav-users"))).as("the secretariat's menu, from its roles here")
                    .hasSize(1);
            assertThat(browser.driver.findElements(By.id("nav-password")))
                    .as("passwords are the provider's business").isEmpty();
            browser.open(app + "app/admin/users.xhtml");
            assertThat(browser.find("main h1").getText()).isNotEqualTo("Ingen tilgang");
            assertThat(browser.accessibilityViolations()).as("users page after provider sign-in").isEmpty();
        }
    }

    @Test
    void a_municipal_administrator_from_the_provider_acts_for_their_own_party_only() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(app + "app/partners.xhtml");
            signInAtProvider(browser, "lillestrom");

            assertThat(browser.find(".who").getText()).isEqualTo("lillestrom");
            assertThat(browser.driver.findElements(By.id("nav-users"))).isEmpty();
            browser.open(app + "app/admin/users.xhtml");
            assertThat(browser.find("#error-text").getText()).startsWith("Du har ikke tilgang");
        }
    }

    @Test
    void a_user_the_provider_knows_but_samhandling_does_not_has_no_access() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(app + "app/partners.xhtml");
            String stranger = "ukjent-" + UUID.randomUUID().toString().substring(0, 6);
            signInAtProvider(browser, stranger);

            assertThat(browser.find("main h1").getText()).isEqualTo("Ingen tilgang");
            assertThat(browser.find("#error-text").getText()).contains(stranger).contains("Be sekretariatet om tilgang");
            assertThat(browser.driver.findElements(By.id("nav-partners"))).isEmpty();
            assertThat(browser.accessibilityViolations()).as("no-access page").isEmpty();
            browser.screenshot("oidc-no-access", 390);
            browser.screenshot("oidc-no-access", 1366);
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners"))
                .header("Authorization", "Bearer " + provider.issueToken(ISSUER, "ukjent", "samhandling",
                        Map.of("preferred_username", "ukjent", "typ", "Bearer")).serialize()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(403);
    }

    @Test
    void signing_out_ends_the_sign_in_at_the_provider_too() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(app + "app/partners.xhtml");
            signInAtProvider(browser, "nesodden");
            assertThat(browser.find(".who").getText()).isEqualTo("nesodden");

            browser.submit("#logout-form\\:logout");

            RecordedRequest endSession = awaitRequest("GET", "/" + ISSUER + "/endsession");
            String query = URLDecoder.decode(endSession.getRequestUrl().query(), StandardCharsets.UTF_8);
            assertThat(query).contains("id_token_hint=ey")
                    .contains("post_logout_redirect_uri=" + app + "public/index.xhtml");
            browser.wait.until(ExpectedConditions.urlContains("/public/index.xhtml"));

            browser.open(app + "app/partners.xhtml");
            assertThat(browser.find("input[name=username]").isDisplayed())
                    .as("signed out here: the provider asks who it is again").isTrue();
        }
    }

    @Test
    void a_machine_account_calls_the_api_with_a_client_credentials_token() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "arkiv-lillestrom", "JWT",
                List.of(CLIENT_ID), Map.of("preferred_username", "arkiv-lillestrom", "typ", "Bearer"), 600));
        HttpResponse<String> tokenAnswer = http.send(HttpRequest.newBuilder(URI.create(provider.tokenEndpointUrl(ISSUER).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=arkiv-lillestrom"
                        + "&client_secret=" + URLEncoder.encode("the archive's secret", StandardCharsets.UTF_8)
                        + "&scope=samhandling"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokenAnswer.statusCode()).as(tokenAnswer.body()).isEqualTo(200);
        String token = Json.createReader(new StringReader(tokenAnswer.body())).readObject().getString("access_token");

        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(app + "api/archive/feed"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));

        HttpResponse<String> partners = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(partners.statusCode()).as("an archive account reads its feed, not the registers").isEqualTo(403);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app + "app/partners.xhtml"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("a machine account has no pages").isEqualTo(403);
    }

    @Test
    void a_missing_forged_or_foreign_token_is_401_problem_json() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        String real = provider.issueToken(ISSUER, "sekretariat", CLIENT_ID,
                Map.of("preferred_username", "sekretariat", "typ", "Bearer")).serialize();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners"))
                .header("Authorization", "Bearer " + real).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as("the same call with a real token").isEqualTo(200);

        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
        String foreign = provider.issueToken("another-issuer", "sekretariat", CLIENT_ID,
                Map.of("preferred_username", "sekretariat", "typ", "Bearer")).serialize();
        for (String token : List.of(forged, foreign, "not-a-token")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(token).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        }
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(app + "api/partners"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "sekretariat:samhandling-demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as("with a provider, machines use its tokens, not local passwords")
                .isEqualTo(401);
    }

    /** On the provider's sign-in page: the user name, and the claim Samhandling takes it from. */
    private static void signInAtProvider(Browser browser, String username) {
        browser.type("input[name=username]", username);
        browser.type("textarea[name=claims]", "{\"preferred_username\": \"" + username + "\"}");
        browser.submit("input[type=submit]");
        browser.find("main h1");
    }

    /** The provider's next request to this path, skipping the others it received meanwhile. */
    private static RecordedRequest awaitRequest(String method, String path) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            RecordedRequest request = provider.takeRequest(1, TimeUnit.SECONDS);
            if (request != null && method.equals(request.getMethod()) && request.getRequestUrl() != null
                    && request.getRequestUrl().encodedPath().equals(path)) {
                return request;
            }
        }
        throw new AssertionError("the provider received no " + method + " " + path);
    }
}
