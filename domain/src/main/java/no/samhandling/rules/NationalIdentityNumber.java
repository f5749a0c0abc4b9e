package no.samhandling.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-DSP-4: finds Norwegian national identity numbers (fødselsnummer) and D-numbers in free text, so that no patient
 * can be identified from what users type or what the system sends. A number is 11 digits whose two modulus-11 control
 * digits are right (D- and H-numbers pass the same check). The date part is not checked: the guard errs towards
 * refusing.
 *
 * <p>People and programs write such a number in many ways, and each of them is found:
 * <ul>
 *   <li>digits of any script ("０１０１９０…", Arabic-Indic, mathematical digits), read as the digits they are;</li>
 *   <li>digit groups joined by up to three separator characters: spaces of every kind (no-break, thin, tab, newline),
 *   dots, commas, slashes, hyphens and dashes, underscores, and invisible characters such as the zero-width space
 *   ("010190-12480", "010190/12480", "010190 – 12480", "01.01.90\n124 80", "0101\u200B9012480").</li>
 * </ul>
 * Digits glued to further digits do not count: "0101901248012" is no identity number.
 */
public final class NationalIdentityNumber {

    private static final int[] FIRST = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int LENGTH = 11;
    /** In the normalised text: digit groups joined by at most three separators, not glued to other digits. */
    private static final Pattern RUN = Pattern.compile("(?<!\\d)\\d+(?: {1,3}\\d+)*(?!\\d)");
    private static final Pattern SEPARATORS = Pattern.compile(" +");

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
        if (text == null || text.length() < LENGTH) {
            return false;
        }
        Matcher run = RUN.matcher(normalised(text));
        while (run.find()) {
            if (anyElevenDigits(SEPARATORS.split(run.group()))) {
                return true;
            }
        }
        return false;
    }

    /** Every digit as its ASCII digit, every separator as one space, everything else as a letter. */
    static String normalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (isSeparator(c)) {
                out.append(' ');
            } else {
                out.append('x');
            }
        });
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.FORMAT, Character.CONTROL -> true;
            default -> c == '.' || c == ',' || c == '/' || c == '\\' || c == '\u2212' || c == '\u00B7'
                    || c == '\uFF0E' || c == '\uFF0C' || c == '\uFF0F';
        };
    }

    private static boolean anyElevenDigits(String[] groups) {
        for (int start = 0; start < groups.length; start++) {
            StringBuilder digits = new StringBuilder();
            for (int end = start; end < groups.length && digits.length() < LENGTH; end++) {
                digits.append(groups[end]);
                if (digits.length() == LENGTH && isValid(digits.toString())) {
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
