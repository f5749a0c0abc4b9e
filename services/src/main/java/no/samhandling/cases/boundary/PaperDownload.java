package no.samhandling.cases.boundary;

/** A case paper's bytes with the name and type it was accepted under. */
public record PaperDownload(String fileName, String contentType, byte[] content) implements java.io.Serializable {
}
