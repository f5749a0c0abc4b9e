package no.samhandling.api;

import jakarta.ws.rs.core.Response;
import no.samhandling.cases.boundary.PaperDownload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file sent back as a download: its own name (RFC 6266), its checked type, and never sniffed. */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(PaperDownload file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    public static String disposition(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
