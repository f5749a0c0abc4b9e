package no.samhandling.cases.boundary;

/** A collaboration area or a priority group a case can be tagged with. */
public record Tag(long id, String nameNb, String nameEn) implements java.io.Serializable {
}
