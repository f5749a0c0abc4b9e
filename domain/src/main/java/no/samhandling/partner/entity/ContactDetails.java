package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.samhandling.rules.RuleViolation;

/** Where the secretariat reaches a partner: a functional mailbox and switchboard, not a person. */
@Embeddable
public class ContactDetails {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String PHONE = "^\\+?[0-9 ]{8,20}$";

    @Column(name = "contact_email", length = 200)
    private String email;

    @Column(name = "contact_phone", length = 30)
    private String phone;

    @Column(name = "postal_address", length = 300)
    private String postalAddress;

    protected ContactDetails() {
    }

    public ContactDetails(String email, String phone, String postalAddress) {
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.postalAddress = blankToNull(postalAddress);
        if (this.email != null && (this.email.length() > 200 || !this.email.matches(EMAIL))) {
            throw RuleViolation.invalidField("email", "partner.email.invalid", email);
        }
        if (this.phone != null && !this.phone.matches(PHONE)) {
            throw RuleViolation.invalidField("phone", "partner.phone.invalid", phone);
        }
        if (this.postalAddress != null && this.postalAddress.length() > 300) {
            throw RuleViolation.invalidField("postalAddress", "input.tooLong", 300);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String postalAddress() {
        return postalAddress;
    }
}
