package no.samhandling.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A party to the framework agreement: a hospital trust or a municipality (§1.1). A partner exists once per
 * installation and can be party to several health communities ({@link CommunityParty}).
 */
@Entity
@Table(name = "partner")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Partner extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private PartnerKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** Kommunenummer after the 2024 reform; only municipalities have one. */
    @Column(name = "municipality_number", length = 4, unique = true)
    private String municipalityNumber;

    /** Names the party's archive queue (ArchiveNotifications.<code>) and its archive role (ARCHIVE_<code>). */
    @Column(name = "archive_code", length = 20, unique = true)
    private String archiveCode;

    @Embedded
    private OrganisationNumber organisationNumber;

    @Embedded
    private ContactDetails contact;

    @Embedded
    private ArchiveSettings archive;

    protected Partner() {
    }

    public Partner(PartnerKind kind, String name, String municipalityNumber) {
        this.kind = kind;
        rename(name);
        this.municipalityNumber = municipalityNumber;
        this.contact = new ContactDetails(null, null, null);
        this.archive = new ArchiveSettings(null, null, false);
    }

    public void rename(String newName) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty()) {
            throw RuleViolation.invalidField("name", "partner.name.required");
        }
        if (stripped.length() > 200) {
            throw RuleViolation.invalidField("name", "input.tooLong", 200);
        }
        this.name = stripped;
    }

    public void registerOrganisationNumber(OrganisationNumber number) {
        this.organisationNumber = number;
    }

    public void changeContact(ContactDetails details) {
        this.contact = details;
    }

    public void changeArchiveSettings(ArchiveSettings settings) {
        this.archive = settings;
    }

    public boolean isMunicipality() {
        return kind == PartnerKind.MUNICIPALITY;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getMunicipalityNumber() {
        return municipalityNumber;
    }

    public String getArchiveCode() {
        return archiveCode;
    }

    public OrganisationNumber getOrganisationNumber() {
        return organisationNumber;
    }

    public ContactDetails getContact() {
        return contact == null ? new ContactDetails(null, null, null) : contact;
    }

    public ArchiveSettings getArchive() {
        return archive == null ? new ArchiveSettings(null, null, false) : archive;
    }
}
