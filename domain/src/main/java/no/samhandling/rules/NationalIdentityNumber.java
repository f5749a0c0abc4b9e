package no.samhandling.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-DSP-4: finds Norwegian national identity numbers (fødselsnummer) and D-numbers in free text, so that no patient
 * can be identified from what users type. A number is 11 digits whose two modulus-11 control digits are right (D- and
 * H-numbers pass the same check); the digits may be grouped by single spaces or dots ("010190 12345",
 * "01.01.90.123.45"). The date part is not checked: the guard errs towards refusing.
 */
public final class NationalIdentityNumber {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** Digit groups joined by at most one space, dot or no-break space, not glued to other digits. */
    private static final Pattern RUN = Pattern.compile("(?<!\\d)\\d+(?:[ .\\u00A0]\\d+)*(?!\\d)");

    private NationalIdentityNumber() {
    }

    /** Whether these 11 digits have both control digits right. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        int first = control(d, FIRST);
        if (first != d[9]) {
            return false;
        }
        return control(d, SECOND) == d[10];
    }

    /** Whether the text holds a valid identity number anywhere, in any grouping of consecutive digit groups. */
    public static boolean occursIn(String text) {
        if (text == null || text.length() < 11) {
            return false;
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            List<String> groups = List.of(run.group().split("[ .\\u00A0]"));
            if (anyElevenDigits(groups)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyElevenDigits(List<String> groups) {
        for (int start = 0; start < groups.size(); start++) {
            StringBuilder digits = new StringBuilder();
            for (int end = start; end < groups.size() && digits.length() < 11; end++) {
                digits.append(groups.get(end));
                if (digits.length() == 11 && isValid(digits.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int control(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int rest = 11 - sum % 11;
        return rest == 11 ? 0 : rest;
    }
}
