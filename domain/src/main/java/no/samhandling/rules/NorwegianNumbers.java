package no.samhandling.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Norwegians type them: "1 234,50", "-12,5", "1.234,50", "12.5", with the no-break or narrow no-break
 * space and the Unicode minus that the JDK's own nb-NO format prints (so a number copied from a page reads back).
 * The JDK's parser refuses some of these and silently truncates others ("1 234,5" → 1); this one never truncates.
 */
public final class NorwegianNumbers {

    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NorwegianNumbers() {
    }

    /** The number typed, or empty when nothing was typed; {@link NumberFormatException} when it is not a number. */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replace('\u2212', '-').replace('\u2013', '-')
                .replaceAll("[ \\u00A0\\u202F]", "");
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int comma = digits.indexOf(',');
        if (comma >= 0) {
            String whole = digits.substring(0, comma);
            digits = (DOT_GROUPS.matcher(whole).matches() ? whole.replace(".", "") : whole) + "." + digits.substring(comma + 1);
        } else if (DOT_GROUPS.matcher(digits).matches()) {
            digits = digits.replace(".", "");
        }
        String normal = (negative ? "-" : "") + digits;
        if (!PLAIN.matcher(normal).matches()) {
            throw new NumberFormatException("not a number: " + typed);
        }
        return Optional.of(new BigDecimal(normal));
    }

    /** For display and for typing back: grouped by spaces, decimal comma, hyphen-minus. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return (value.signum() < 0 ? "-" : "") + grouped + fraction;
    }
}
