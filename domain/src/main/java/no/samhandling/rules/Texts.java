package no.samhandling.rules;

/** Free text that users type: trimmed, required or not, never longer than its column. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text; refused with {@code blankKey} on the field when empty, or when longer than {@code max}. */
    public static String required(String field, String value, int max, String blankKey) {
        String text = optional(field, value, max);
        if (text == null) {
            throw RuleViolation.invalidField(field, blankKey);
        }
        return text;
    }

    /** The trimmed text, or null when empty; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw RuleViolation.invalidField(field, "input.tooLong", max);
        }
        return text;
    }
}
