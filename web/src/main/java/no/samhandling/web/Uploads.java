package no.samhandling.web;

import jakarta.servlet.http.Part;
import no.samhandling.cases.entity.PaperPolicy;
import no.samhandling.rules.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file a form uploaded: refused on its field when missing, read no further than the largest file accepted. */
public final class Uploads {

    private Uploads() {
    }

    public static boolean present(Part part) {
        return part != null && part.getSize() > 0;
    }

    public static byte[] read(Part part, String field) {
        if (!present(part)) {
            throw RuleViolation.invalidField(field, "paper.empty");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(part.getSize(), PaperPolicy.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
