package no.samhandling.rules;

/**
 * Free text that users type: trimmed, required or not, never longer than its column, and never carrying a national
 * identity number or D-number (R-DSP-4: no patient may be identified from what the system keeps).
 */
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
        if (NationalIdentityNumber.occursIn(text)) {
            throw RuleViolation.onField("R-DSP-4", field, "input.identityNumber");
        }
        return text;
    }
}
