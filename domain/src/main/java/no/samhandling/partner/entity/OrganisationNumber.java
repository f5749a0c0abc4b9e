package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.samhandling.rules.RuleViolation;

import java.util.Objects;

/**
 * A Norwegian organisation number (organisasjonsnummer): nine digits, the last a modulus-11 check digit with the
 * weights 3 2 7 6 5 4 3 2. People type it with spaces ("974 703 300"); it is stored as nine digits.
 */
@Embeddable
public class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    @Column(name = "organisation_number", length = 9)
    private String value;

    protected OrganisationNumber() {
    }

    private OrganisationNumber(String value) {
        this.value = value;
    }

    /** Parses what a person typed; refuses anything but nine digits with the right check digit. */
    public static OrganisationNumber parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.\\u00a0]", "");
        if (!isValid(digits)) {
            throw RuleViolation.invalidField("organisationNumber", "partner.organisationNumber.invalid", typed);
        }
        return new OrganisationNumber(digits);
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0';
    }

    public String value() {
        return value;
    }

    /** Grouped as Brønnøysund prints it: 974 703 300. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationNumber that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
