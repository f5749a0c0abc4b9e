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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A person who sits in bodies: entered by users, with minimal personal data (name, organisation, position, work contact). */
@Entity
@Table(name = "person")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
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
        this.community = community;
        this.partner = partner;
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        describe(fullName, position, workEmail, workPhone);
    }

    /** Corrects what users entered about the person. */
    public void describe(String newFullName, Position newPosition, String newWorkEmail, String newWorkPhone) {
        if (newFullName == null || newFullName.isBlank()) {
            throw RuleViolation.invalidField("fullName", "person.fullName.required");
        }
        if (newPosition == null) {
            throw RuleViolation.invalidField("position", "person.position.required");
        }
        this.fullName = newFullName.strip();
        this.position = newPosition;
        this.workEmail = newWorkEmail == null || newWorkEmail.isBlank() ? null : newWorkEmail.strip();
        this.workPhone = newWorkPhone == null || newWorkPhone.isBlank() ? null : newWorkPhone.strip();
    }

    public HealthCommunity getCommunity() { return community; }
    public String getFullName() { return fullName; }
    public Partner getPartner() { return partner; }
    public String getOrganisation() { return organisation; }
    public Position getPosition() { return position; }
    public String getWorkEmail() { return workEmail; }
    public String getWorkPhone() { return workPhone; }
}
