package no.samhandling.cases.entity;

import no.samhandling.rules.RuleViolation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Which files are accepted as case papers: the formats a municipality's case worker sends (PDF, Word, Excel,
 * PowerPoint, OpenDocument, plain text, PNG, JPEG), at most 20 MB. The type is read from the name <em>and</em>
 * checked against the first bytes; what the browser claims is not trusted.
 */
public final class PaperPolicy {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A file that passed: its cleaned name, the type it really is, its size and SHA-256. */
    public record Accepted(String fileName, String contentType, long size, String sha256) implements java.io.Serializable {
    }

    private record Format(String contentType, byte[] magic) implements java.io.Serializable {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("pdf", new Format("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII))),
            Map.entry("docx", new Format("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Format("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Format("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Format("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Format("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("png", new Format("image/png", new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47})),
            Map.entry("jpg", new Format("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Format("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("txt", new Format("text/plain; charset=UTF-8", null)));

    private PaperPolicy() {
    }

    public static Accepted check(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw RuleViolation.invalidField("file", "paper.empty");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.invalidField("file", "paper.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        Format format = dot < 0 ? null : FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null || !matches(format, content)) {
            throw RuleViolation.invalidField("file", "paper.typeNotAllowed", name);
        }
        return new Accepted(name, format.contentType(), content.length, sha256(content));
    }

    private static boolean matches(Format format, byte[] content) {
        if (format.magic() == null) {
            return isText(content);
        }
        if (content.length < format.magic().length) {
            return false;
        }
        for (int i = 0; i < format.magic().length; i++) {
            if (content[i] != format.magic()[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last path segment, without control characters or quotes, at most 255 characters. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            throw RuleViolation.invalidField("file", "paper.nameRequired");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            throw RuleViolation.invalidField("file", "paper.nameRequired");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
