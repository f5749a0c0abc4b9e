package no.samhandling.user.control;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import no.samhandling.rules.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a local password must be (installations without an identity provider). Measured with zxcvbn (Dropbox's
 * estimator, the Java port zxcvbn4j), which knows the common and breached passwords of its bundled lists, keyboard
 * patterns, repeats, sequences, dates and l33t spellings, and scores how many guesses a password would take:
 * <ul>
 *   <li>at least {@value #MINIMUM_LENGTH} characters and at most {@value #MAXIMUM_BYTES} bytes in UTF-8 — bcrypt reads
 *   no further, so a longer password is refused rather than silently cut (æ, ø and å count two);</li>
 *   <li>score {@value #MINIMUM_SCORE} of 4 (more than 10¹⁰ guesses; "Sommer2024!!" scores 3), counting the user's own name, user
 *   name and e-mail, the system's and the community's names and common Norwegian words as already known;</li>
 *   <li>not containing the user name, and not the password it replaces.</li>
 * </ul>
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_BYTES = 72;
    static final int MINIMUM_SCORE = 4;
    /** Words an attacker of this system tries first; zxcvbn's lists are English. */
    private static final List<String> KNOWN = List.of("samhandling", "helsefellesskap", "helsefellesskapet", "ahus",
            "akershus", "sykehus", "kommune", "passord", "hemmelig", "sommer", "vinter", "høst", "vår", "norge",
            "oslo", "lillestrøm", "lørenskog", "nittedal", "nordrefollo", "velkommen", "qwertyuiopå", "admin");
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that breaks the policy, naming the field {@code field}; {@code currentHash} is the hash it
     * replaces (null for a new account).
     */
    public static void check(String field, String password, String username, String fullName, String email,
                             String currentHash) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw RuleViolation.invalidField(field, "user.password.tooShort", MINIMUM_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw RuleViolation.invalidField(field, "user.password.tooLong", MAXIMUM_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw RuleViolation.invalidField(field, "user.password.containsUsername");
        }
        if (currentHash != null && PasswordHasher.matches(password, currentHash)) {
            throw RuleViolation.invalidField(field, "user.password.unchanged");
        }
        List<String> known = new ArrayList<>(KNOWN);
        for (String personal : new String[]{username, fullName, email}) {
            if (personal != null) {
                known.add(personal);
                known.add(personal.replaceAll("[^\\p{L}\\p{N}]", ""));
                known.addAll(List.of(personal.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            }
        }
        Strength strength = ZXCVBN.measure(password, known);
        if (strength.getScore() < MINIMUM_SCORE) {
            throw RuleViolation.invalidField(field, "user.password.weak");
        }
    }
}
