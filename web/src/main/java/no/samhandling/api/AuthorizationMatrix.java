package no.samhandling.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import no.samhandling.user.entity.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The API's authorization matrix ({@code authorization-matrix.tsv}, the table as data) applied to every call before
 * the operation runs: a role the table does not name for the operation gets 403 problem+json, and so does every
 * role for an operation the table does not list (closed by default). The services check the same roles again and,
 * where the table says "own", which party the caller acts for.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationMatrix implements ContainerRequestFilter {

    static final String RESOURCE = "authorization-matrix.tsv";
    private static final Logger LOG = Logger.getLogger(AuthorizationMatrix.class.getName());
    private static final Map<String, Map<Role, Access>> TABLE = load();

    /** What a role may do with an operation. */
    public enum Access { YES, OWN, NO }

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String operation = operation(request.getMethod(), resource.getResourceClass(), resource.getResourceMethod());
        Map<Role, Access> row = TABLE.get(operation);
        boolean allowed = row != null && Arrays.stream(Role.values())
                .anyMatch(role -> row.get(role) != Access.NO && request.getSecurityContext().isUserInRole(role.name()));
        if (!allowed) {
            if (row == null) {
                LOG.warning(() -> "operation without a row in the authorization matrix, refused: " + operation);
            }
            request.abortWith(new Problem("urn:samhandling:problem:forbidden", Problem.title("forbidden", 403), 403,
                    ProblemTexts.text(headers, "error.403.text"), null, null).toResponse());
        }
    }

    /** "POST /api/cases/{id}/papers": the method and the path template as the OpenAPI document names them. */
    static String operation(String httpMethod, Class<?> type, Method method) {
        return httpMethod + " /api" + template(type.getAnnotation(Path.class)) + template(method.getAnnotation(Path.class));
    }

    /** The HTTP method a resource method answers (GET, POST …), or null. */
    static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A path template without its regular expressions ({@code {year: [0-9]{4}}} → {@code {year}}), with a leading slash. */
    static String template(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String value = path.value();
        int depth = 0;
        boolean inRegex = false;
        for (char c : value.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                    out.append(c);
                }
                continue;
            }
            if (depth >= 1 && c == ':') {
                inRegex = true;
            }
            if (depth == 0 || !inRegex && c != ' ') {
                out.append(c);
            }
        }
        String cleaned = out.toString().replaceAll("/+$", "");
        return cleaned.startsWith("/") ? cleaned : "/" + cleaned;
    }

    /** The table: operation → role → access. */
    public static Map<String, Map<Role, Access>> table() {
        return TABLE;
    }

    private static Map<String, Map<Role, Access>> load() {
        Map<String, Map<Role, Access>> table = new HashMap<>();
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Role> columns = List.of(Role.SECRETARIAT, Role.MUNICIPAL_ADMIN, Role.HOSPITAL_ADMIN, Role.MEMBER,
                    Role.ARCHIVE_SYSTEM);
            for (String line : lines.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Map<Role, Access> row = new EnumMap<>(Role.class);
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), Access.valueOf(cells[i + 1].strip().toUpperCase()));
                }
                table.put(cells[0].strip(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
