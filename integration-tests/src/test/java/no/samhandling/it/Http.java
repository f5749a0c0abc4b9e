package no.samhandling.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client against the running server (from inside it, through its own HTTP listener). */
public final class Http {

    public static final String BASE = "http://127.0.0.1:8080/samhandling/";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path, String username, String password) throws IOException, InterruptedException {
        return send(request(path, username, password).GET().build());
    }

    /** A download, as bytes. */
    public static HttpResponse<byte[]> download(String path, String username, String password)
            throws IOException, InterruptedException {
        return CLIENT.send(request(path, username, password).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> put(String path, String username, String password, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, username, password)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return send(builder.build());
    }

    public static HttpResponse<String> delete(String path, String username, String password)
            throws IOException, InterruptedException {
        return send(request(path, username, password).DELETE().build());
    }

    public static HttpResponse<String> post(String path, String username, String password, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, username, password).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpRequest.Builder request(String path, String username, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(90));
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
