package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix tested whole: every operation of the OpenAPI document has its row, and every operation
 * called as every role answers as the row says — 403 problem+json for a role it does not name, before anything runs
 * and without changing anything; past the gate for the others. The README's "who changes" column says the same.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixIT.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    /** A cell of the matrix. */
    enum Access { YES, OWN, NO }

    private static final List<Role> COLUMNS = List.of(Role.SECRETARIAT, Role.MUNICIPAL_ADMIN, Role.HOSPITAL_ADMIN,
            Role.MEMBER, Role.ARCHIVE_SYSTEM);

    /** The matrix as the application reads it (web module, no/samhandling/api/authorization-matrix.tsv). */
    private static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("no/samhandling/api/authorization-matrix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    private static Map<String, Map<Role, Access>> table() throws Exception {
        Map<String, Map<Role, Access>> table = new HashMap<>();
        for (String[] cells : rows()) {
            Map<Role, Access> row = new EnumMap<>(Role.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), Access.valueOf(cells[i + 1].strip().toUpperCase(Locale.ROOT)));
            }
            table.put(cells[0].strip(), row);
        }
        return table;
    }

    @Test
    @DisplayName("Every operation of the OpenAPI document has a row in the matrix, and every row is an operation")
    void the_matrix_covers_the_openapi_document() throws Exception {
        assertThat(new TreeSet<>(table().keySet())).isEqualTo(new TreeSet<>(openApiOperations().keySet()));
    }

    @Test
    @DisplayName("Every operation as every role answers as the matrix says; a denial is 403 problem+json and changes nothing")
    void every_operation_as_every_role_answers_as_the_matrix_says() throws Exception {
        Map<String, Map<Role, Access>> matrix = table();
        Map<String, String> mediaTypes = openApiOperations();
        Map<Role, String> users = new EnumMap<>(Role.class);
        users.put(Role.SECRETARIAT, fixtures.user(Role.SECRETARIAT, null));
        users.put(Role.MUNICIPAL_ADMIN, fixtures.user(Role.MUNICIPAL_ADMIN, "3205"));
        users.put(Role.HOSPITAL_ADMIN, fixtures.user(Role.HOSPITAL_ADMIN, "HF"));
        users.put(Role.MEMBER, fixtures.user(Role.MEMBER, null));
        users.put(Role.ARCHIVE_SYSTEM, fixtures.user(Role.ARCHIVE_SYSTEM, "3205"));
        record Call(String operation, Role role, Access access) {
        }
        List<Call> denied = new ArrayList<>();
        List<Call> allowed = new ArrayList<>();
        matrix.forEach((operation, row) -> row.forEach((role, access) ->
                (access == Access.NO ? denied : allowed).add(new Call(operation, role, access))));
        long revisions = fixtures.count("SELECT COUNT(r) FROM Revision r");
        long outbox = fixtures.count("SELECT COUNT(o) FROM OutboxMessage o");

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Call call : denied) {
                runs.add(pool.submit(() -> {
                    HttpResponse<String> answer = call(call.operation(), mediaTypes.getOrDefault(call.operation(), ""), users.get(call.role()));
                    if (answer.statusCode() != 403 || !answer.body().contains("urn:samhandling:problem:forbidden")) {
                        wrong.add(call + " → " + answer.statusCode() + " " + snippet(answer.body()));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            long revisionsAfterDenials = fixtures.count("SELECT COUNT(r) FROM Revision r");
            long outboxAfterDenials = fixtures.count("SELECT COUNT(o) FROM OutboxMessage o");
            runs.clear();
            for (Call call : allowed) {
                runs.add(pool.submit(() -> {
                    HttpResponse<String> answer = call(call.operation(), mediaTypes.getOrDefault(call.operation(), ""), users.get(call.role()));
                    int status = answer.statusCode();
                    if (status == 401 || status >= 500 || status == 403 && answer.body().contains("urn:samhandling:problem:forbidden")
                            && call.access() == Access.YES) {
                        wrong.add(call + " → " + status + " " + snippet(answer.body()));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            LOG.info(() -> "authorization matrix: " + matrix.size() + " operations × 5 roles = "
                    + (denied.size() + allowed.size()) + " calls, " + allowed.size() + " allowed, " + denied.size() + " denied");
            assertThat(wrong).isEmpty();
            assertThat(revisionsAfterDenials).as("a denial writes no history").isEqualTo(revisions);
            assertThat(outboxAfterDenials).as("a denial sends no archive message").isEqualTo(outbox);
            assertThat(denied.size() + allowed.size()).isEqualTo(5 * matrix.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Every operation called without credentials answers 401 problem+json with a Basic challenge, never the login page")
    void every_operation_without_credentials_is_401() throws Exception {
        Map<String, String> mediaTypes = openApiOperations();
        List<String> wrong = new ArrayList<>();
        for (String operation : table().keySet()) {
            HttpResponse<String> answer = call(operation, mediaTypes.getOrDefault(operation, ""), null);
            if (answer.statusCode() != 401 || !answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")
                    || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                wrong.add(operation + " → " + answer.statusCode() + " " + snippet(answer.body()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("The README's \"who changes\" column names the roles the matrix lets write on each page")
    void the_readme_says_who_changes_what_the_matrix_says() throws Exception {
        Map<String, Map<Role, Access>> matrix = table();
        Map<String, Set<Role>> writers = new HashMap<>();
        Map<String, String> pages = pagesOfOperations();
        matrix.forEach((operation, row) -> {
            for (String page : pages.get(operation).split(";")) {
                Set<Role> roles = writers.computeIfAbsent(page.strip(), p -> EnumSet.noneOf(Role.class));
                if (!operation.startsWith("GET ")) {
                    row.forEach((role, access) -> {
                        if (access != Access.NO) {
                            roles.add(role);
                        }
                    });
                }
            }
        });
        Map<String, Set<Role>> readme = readmeWhoChanges();
        List<String> differences = new ArrayList<>();
        writers.forEach((page, roles) -> {
            if (!page.equals("-")) {
                Set<Role> said = readme.get(page);
                if (said == null) {
                    differences.add(page + ": not in the README");
                } else if (!said.equals(roles)) {
                    differences.add(page + ": README " + said + ", matrix " + roles);
                }
            }
        });
        assertThat(readme).as("pages read from the README").hasSizeGreaterThan(15);
        assertThat(differences).isEmpty();
    }

    /** Calls the operation with placeholder ids (no such record) and an empty body of the type it takes. */
    private static HttpResponse<String> call(String operation, String mediaType, String user) throws Exception {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 2)
                .replace("{year}", "2031").replace("{format}", "csv").replace("{register}", "partners")
                .replace("{messageId}", "00000000-0000-0000-0000-000000000000").replaceAll("\\{\\w+}", "999999999");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/samhandling/" + path))
                .timeout(Duration.ofSeconds(90));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            boolean json = mediaType.isEmpty() || mediaType.contains("json") || mediaType.equals("*/*");
            request.header("Content-Type", json ? "application/json" : mediaType)
                    .method(method, HttpRequest.BodyPublishers.ofString(json ? "{}" : "<x/>"));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Operation ("POST /api/cases") → the media type its body takes (the first the document names), or "". */
    private static Map<String, String> openApiOperations() throws Exception {
        HttpResponse<String> document = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/openapi?format=JSON"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonObject paths = Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
        Map<String, String> operations = new HashMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((verb, operation) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(verb)) {
                JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                String type = body == null || !body.containsKey("content") ? ""
                        : body.getJsonObject("content").keySet().iterator().next();
                operations.put(verb.toUpperCase(Locale.ROOT) + " " + path.replaceFirst("^/samhandling", ""), type);
            }
        }));
        return operations;
    }

    private static Map<String, String> pagesOfOperations() throws Exception {
        Map<String, String> pages = new HashMap<>();
        for (String[] cells : rows()) {
            pages.put(cells[0].strip(), cells[6].strip());
        }
        return pages;
    }

    /** The README's table "page | what | who changes", the roles each "who changes" names. */
    private static Map<String, Set<Role>> readmeWhoChanges() throws Exception {
        Path readme = Path.of(System.getProperty("jboss.home.dir")).resolve("../../../README.md").normalize();
        Map<String, Set<Role>> pages = new HashMap<>();
        for (String line : Files.readAllLines(readme)) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && !line.startsWith("|---") && !cells[1].isBlank()) {
                String who = cells[3].toLowerCase(Locale.ROOT);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                if (who.contains("secretariat")) {
                    roles.add(Role.SECRETARIAT);
                }
                if (who.contains("administrator")) {
                    roles.add(Role.MUNICIPAL_ADMIN);
                    roles.add(Role.HOSPITAL_ADMIN);
                }
                if (who.contains("hospital")) {
                    roles.add(Role.HOSPITAL_ADMIN);
                }
                pages.put(cells[1].strip(), roles);
            }
        }
        return pages;
    }

    private static String snippet(String body) {
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
