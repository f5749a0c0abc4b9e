package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.security.boundary.SignInService;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web's defences tried as an attacker would: machines get 401 problem+json, a signed-in browser cannot be made
 * to write through the API from another site, every answer carries the security headers, and a stranger's wrong
 * passwords slow down strangers but never lock the user out.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SignInService signIn;

    @Inject
    no.samhandling.user.boundary.UserService users;

    @Inject
    no.samhandling.dispute.boundary.DisputeService disputes;

    @Test
    @DisplayName("The API answers a call without credentials, or with wrong ones, 401 problem+json with a Basic challenge")
    void machines_get_401_problem_json() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        HttpResponse<String> none = Http.get("api/partners", null, null);
        HttpResponse<String> wrong = Http.get("api/partners", member, "wrong-password-1");
        HttpResponse<String> writeNone = Http.post("api/cases", null, null, "application/json", "{}");

        for (HttpResponse<String> answer : List.of(none, wrong, writeNone)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=\"Samhandling\"");
            assertThat(problem(answer.body()).getInt("status")).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("<html");
        }
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, PASSWORD).headers().allValues("Set-Cookie"))
                .as("HTTP Basic leaves no session behind").allSatisfy(c -> assertThat(c).contains("Expires=Thu, 01-Jan-1970"));
    }

    @Test
    @DisplayName("A signed-in browser's session reads through the API but cannot write: no cross-site request changes anything")
    void the_session_cookie_cannot_write_through_the_api() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        PageSession browser = new PageSession("127.0.0.1");
        assertThat(browser.signedIn(browser.signIn(secretariat, PASSWORD))).isTrue();
        long cases = fixtures.count("SELECT COUNT(c) FROM CaseFile c");
        String body = "{\"bodyId\":" + fixtures.bodyId("AU") + ",\"text\":{\"title\":\"CSRF " + Fixtures.unique()
                + "\",\"areaIds\":[],\"priorityGroupIds\":[]}}";

        RawHttp.Answer read = browser.get("api/partners");
        RawHttp.Answer crossSite = browser.send("POST", "api/cases",
                Map.of("Content-Type", "text/plain", "Origin", "http://evil.example"), body);
        RawHttp.Answer form = browser.send("POST", "api/cases",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=b");
        RawHttp.Answer sameSite = browser.send("POST", "api/cases",
                Map.of("Content-Type", "application/json", "Origin", "http://127.0.0.1:8080"), body);
        String basic = "Basic " + Base64.getEncoder().encodeToString((secretariat + ":" + PASSWORD).getBytes());
        RawHttp.Answer basicCrossSite = RawHttp.send("127.0.0.1", "POST", "api/cases", Map.of("Authorization", basic,
                "Content-Type", "application/json", "Origin", "http://evil.example"), body);

        assertThat(read.status()).isEqualTo(200);
        assertThat(List.of(crossSite, form, sameSite, basicCrossSite)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        });
        assertThat(fixtures.count("SELECT COUNT(c) FROM CaseFile c")).isEqualTo(cases);
    }

    @Test
    @DisplayName("Every page and API answer carries CSP with frame-ancestors 'none', nosniff, Referrer-Policy; cookies are HttpOnly and SameSite")
    void security_headers_on_every_answer() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        PageSession browser = new PageSession("127.0.0.1");
        RawHttp.Answer login = browser.get("login.xhtml");
        RawHttp.Answer signedIn = browser.signIn(member, PASSWORD);
        RawHttp.Answer page = browser.get("app/partners.xhtml");
        RawHttp.Answer api = browser.get("api/partners");
        RawHttp.Answer missing = browser.get("app/no-such-page.xhtml");
        RawHttp.Answer publicPage = new PageSession("127.0.0.1").get("public/index.xhtml");

        for (RawHttp.Answer answer : List.of(login, page, api, missing, publicPage)) {
            assertThat(answer.all("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(page.all("Content-Security-Policy")).as("PrimeFaces' script policy with a nonce")
                .anySatisfy(p -> assertThat(p).contains("script-src 'self' 'nonce-"));
        assertThat(page.body()).doesNotContain(" onclick=\"");
        assertThat(api.all("Content-Security-Policy")).anySatisfy(p -> assertThat(p).startsWith("default-src 'none'"));
        List<String> cookies = new ArrayList<>(login.all("Set-Cookie"));
        cookies.addAll(signedIn.all("Set-Cookie"));
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(cookies).filteredOn(c -> c.startsWith("samhandling-device=")).singleElement().satisfies(c -> assertThat(c)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    @DisplayName("A stranger's wrong passwords make strangers wait, never the user: from a known computer the user signs in; the secretariat sees and lifts the lock; every failure is logged")
    void a_stranger_cannot_lock_anyone_out() throws Exception {
        String user = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        PageSession office = new PageSession("127.0.0.2");
        assertThat(office.signedIn(office.signIn(user, PASSWORD))).as("the user's own computer").isTrue();
        String wrong = "Basic " + Base64.getEncoder().encodeToString((user + ":guess-123456").getBytes());
        String right = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            guesses.add(RawHttp.send("127.0.0.3", "GET", "api/partners", Map.of("Authorization", wrong), null).status());
        }
        RawHttp.Answer strangerRight = RawHttp.send("127.0.0.3", "GET", "api/partners", Map.of("Authorization", right), null);
        PageSession elsewhere = new PageSession("127.0.0.4");
        RawHttp.Answer elsewhereForm = elsewhere.signIn(user, PASSWORD);
        List<String> locked = As.user(secretariat, () -> signIn.locks()).stream().map(l -> l.username()).toList();
        PageSession secretariatBrowser = new PageSession("127.0.0.1");
        assertThat(secretariatBrowser.signedIn(secretariatBrowser.signIn(secretariat, PASSWORD))).isTrue();
        String usersPage = secretariatBrowser.get("app/admin/users.xhtml").body();
        As.user(secretariat, () -> {
            signIn.unlock(user);
            return null;
        });
        int afterUnlock = RawHttp.send("127.0.0.3", "GET", "api/partners", Map.of("Authorization", right), null).status();
        for (int i = 0; i < 6; i++) {
            RawHttp.send("127.0.0.3", "GET", "api/partners", Map.of("Authorization", wrong), null);
        }
        PageSession laptop = new PageSession("127.0.0.5");
        laptop.carry("samhandling-device", office.cookie("samhandling-device"));
        RawHttp.Answer withDeviceCookie = laptop.signIn(user, PASSWORD);
        int fromOffice = RawHttp.send("127.0.0.2", "GET", "api/partners", Map.of("Authorization", right), null).status();

        assertThat(guesses.subList(0, 5)).containsOnly(401);
        assertThat(guesses.subList(5, 8)).as("after five failures the stranger waits").containsOnly(429);
        assertThat(strangerRight.status()).as("even with the right password, from the stranger's address").isEqualTo(429);
        assertThat(strangerRight.header("Retry-After")).isNotNull();
        assertThat(strangerRight.header("Content-Type")).startsWith("application/problem+json");
        assertThat(elsewhere.signedIn(elsewhereForm)).isFalse();
        assertThat(elsewhereForm.body()).contains("For mange mislykkede innlogginger");
        assertThat(laptop.signedIn(withDeviceCookie)).as("the browser the user signed in with before, now on another network").isTrue();
        assertThat(fromOffice).as("the address the user signed in from before").isEqualTo(200);
        assertThat(locked).contains(user);
        assertThat(usersPage).contains("Innlogginger som venter").contains(user).contains("Lås opp");
        assertThat(afterUnlock).isEqualTo(200);
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        assertThat(log).contains("sign-in failed: user '" + user + "' from 127.0.0.3")
                .contains("account '" + user + "' throttled").contains("account '" + user + "' unlocked by " + secretariat)
                .doesNotContain("guess-123456");
    }

    @Test
    @DisplayName("A wrong password for an unknown user takes as long as for a known one: the answer time does not tell who exists")
    void unknown_users_answer_as_slowly_as_known_ones() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(timed(member + ":wrong-" + i));
            unknown.add(timed("nobody-" + Fixtures.unique() + ":wrong-" + i));
        }
        known.sort(null);
        unknown.sort(null);
        long knownMedian = known.get(2);
        long unknownMedian = unknown.get(2);

        assertThat(unknownMedian).as("unknown %s ms vs known %s ms", unknown, known).isGreaterThan(knownMedian * 4 / 10);
    }

    @Test
    @DisplayName("Common, patterned and personal passwords are refused with their reason; a change ends the user's other sessions, not this one")
    void weak_passwords_are_refused_and_a_change_ends_other_sessions() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        for (String[] weak : new String[][]{{"aaaaaaaaaa", "user.password.weak"}, {"1234567890", "user.password.weak"},
                {member + "1", "user.password.containsUsername"}, {PASSWORD, "user.password.unchanged"},
                {"Sommer2024!!", "user.password.weak"}, {"æøå" + "x".repeat(67), "user.password.tooLong"}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> As.user(member, () -> {
                        users.changeOwnPassword(PASSWORD, weak[0]);
                        return null;
                    })).as(weak[0])
                    .isInstanceOfSatisfying(no.samhandling.rules.RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(weak[1]));
        }
        PageSession here = new PageSession("127.0.0.1");
        PageSession phone = new PageSession("127.0.0.7");
        assertThat(here.signedIn(here.signIn(member, PASSWORD))).isTrue();
        assertThat(phone.signedIn(phone.signIn(member, PASSWORD))).isTrue();
        assertThat(phone.get("app/partners.xhtml").body()).contains("logout-form");

        RawHttp.Answer changed = here.submit("app/password.xhtml", "form",
                Map.of("currentPassword", PASSWORD, "password", "blåbær-traktor-fjell-42"), "change");

        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(here.get("app/partners.xhtml").body()).as("the session that made the change").contains("logout-form");
        assertThat(phone.get("app/partners.xhtml").body()).as("the other session").doesNotContain("logout-form")
                .contains("j_password");
        assertThat(Http.get("api/partners", member, "blåbær-traktor-fjell-42").statusCode()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("A stale or foreign view state answers 400 with a translated page and a way back; another party's dispute page is not found")
    void stale_view_state_and_foreign_records_are_answered_as_such() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);
        String lillestromAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String nittedalAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3232");
        long lillestrom = fixtures.partnerId("3205");
        long dispute = As.user(lillestromAdmin, () -> disputes.open(new no.samhandling.dispute.boundary.NewDispute(
                no.samhandling.dispute.entity.DisputeKind.AGREEMENT, no.samhandling.dispute.entity.DisputeSubject.GUIDELINE,
                "Uenighet " + Fixtures.unique(), "Tolkning", lillestrom, lillestrom, java.time.LocalDate.now(), null)));
        PageSession browser = new PageSession("127.0.0.1");
        assertThat(browser.signedIn(browser.signIn(member, PASSWORD))).isTrue();
        PageSession nittedal = new PageSession("127.0.0.1");
        assertThat(nittedal.signedIn(nittedal.signIn(nittedalAdmin, PASSWORD))).isTrue();
        PageSession owner = new PageSession("127.0.0.1");
        assertThat(owner.signedIn(owner.signIn(lillestromAdmin, PASSWORD))).isTrue();

        RawHttp.Answer stale = browser.submitWithViewState("app/password.xhtml", "form",
                Map.of("currentPassword", PASSWORD, "password", "vindu lampe elg sjokolade"), "change", "-123456789:987654321");
        RawHttp.Answer foreign = nittedal.get("app/dispute.xhtml?id=" + dispute);
        RawHttp.Answer own = owner.get("app/dispute.xhtml?id=" + dispute);

        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body()).contains("Siden er utløpt").contains("Last siden på nytt").doesNotContain("Noe gikk galt");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("Fant ikke siden");
        assertThat(own.status()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).as("the password did not change").isEqualTo(200);
    }

    private static long timed(String credentials) throws Exception {
        String header = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes());
        long start = System.nanoTime();
        int status = RawHttp.send("127.0.0.6", "GET", "api/partners", Map.of("Authorization", header), null).status();
        assertThat(status).isEqualTo(401);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static JsonObject problem(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
