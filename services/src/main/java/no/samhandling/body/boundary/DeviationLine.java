package no.samhandling.body.boundary;

import java.util.List;

/** A deviation from the prescribed composition, as a rule id, a message key and its arguments (as text). */
public record DeviationLine(String ruleId, String key, List<String> arguments) implements java.io.Serializable {
}
