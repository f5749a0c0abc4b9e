package no.samhandling.body.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

/** A person who sits in bodies: entered by users, with minimal personal data (name, organisation, position, work contact). */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Position position;

    @Column(name = "work_email", length = 200)
    private String workEmail;

    @Column(name = "work_phone", length = 30)
    private String workPhone;

    protected Person() {
    }

    public Person(HealthCommunity community, String fullName, Partner partner, String organisation, Position position,
                  String workEmail, String workPhone) {
        if (fullName == null || fullName.isBlank()) {
            throw RuleViolation.invalidField("fullName", "person.fullName.required");
        }
        if (position == null) {
            throw RuleViolation.invalidField("position", "person.position.required");
        }
        this.community = community;
        this.fullName = fullName.strip();
        this.partner = partner;
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.position = position;
        this.workEmail = workEmail == null || workEmail.isBlank() ? null : workEmail.strip();
        this.workPhone = workPhone == null || workPhone.isBlank() ? null : workPhone.strip();
    }

    public HealthCommunity getCommunity() { return community; }
    public String getFullName() { return fullName; }
    public Partner getPartner() { return partner; }
    public String getOrganisation() { return organisation; }
    public Position getPosition() { return position; }
    public String getWorkEmail() { return workEmail; }
    public String getWorkPhone() { return workPhone; }
}
