package no.samhandling.body.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/**
 * A body of the health community on one of three levels (§4), valid for a period: the older ASU, SU and LSF stay in
 * history with an end date (R-BODY-8).
 */
@Entity
@Table(name = "body")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Body extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_nb", nullable = false, length = 200)
    private String nameNb;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 40)
    private BodyKind kind;

    @Column(nullable = false)
    private int level;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mandated_by_id")
    private Body mandatedBy;

    @Column(name = "mandate_text", length = 4000)
    private String mandateText;

    @Column(name = "mandate_date")
    private LocalDate mandateDate;

    /** Decided per professional committee (§5.2); null where the agreement decides it. */
    @Column(name = "user_representation")
    private Boolean userRepresentation;

    protected Body() {
    }

    /**
     * R-BODY-6: a professional committee (level 3) mandated by SSU, with the mandate's text and date, and whether it
     * has user representation.
     */
    public static Body professionalCommittee(Body ssu, String code, String nameNb, String nameEn, String mandateText,
                                             LocalDate mandateDate, boolean userRepresentation) {
        if (ssu == null || ssu.kind != BodyKind.STRATEGIC_COMMITTEE) {
            throw new RuleViolation("R-BODY-6", "body.mandate.bySsu");
        }
        if (nameNb == null || nameNb.isBlank()) {
            throw RuleViolation.invalidField("nameNb", "body.name.required");
        }
        if (mandateText == null || mandateText.isBlank()) {
            throw RuleViolation.invalidField("mandateText", "body.mandate.required");
        }
        if (mandateDate == null || !ssu.isValidOn(mandateDate)) {
            throw RuleViolation.invalidField("mandateDate", "body.mandateDate.invalid");
        }
        Body body = new Body();
        body.community = ssu.community;
        body.code = code;
        body.nameNb = nameNb.strip();
        body.nameEn = nameEn == null || nameEn.isBlank() ? body.nameNb : nameEn.strip();
        body.kind = BodyKind.PROFESSIONAL_COMMITTEE;
        body.level = 3;
        body.validFrom = mandateDate;
        body.mandatedBy = ssu;
        body.mandateText = mandateText.strip();
        body.mandateDate = mandateDate;
        body.userRepresentation = userRepresentation;
        return body;
    }

    /** A body as the reference data knows it (used where no database gives one, as in tests of the rules). */
    public static Body historical(String code, String name, LocalDate validFrom, LocalDate validTo) {
        return of(code, name, null, validFrom, validTo);
    }

    /** A body of a kind, as the reference data knows it (used where no database gives one). */
    public static Body of(String code, String name, BodyKind kind, LocalDate validFrom, LocalDate validTo) {
        Body body = new Body();
        body.kind = kind;
        body.code = code;
        body.nameNb = name;
        body.nameEn = name;
        body.validFrom = validFrom;
        body.validTo = validTo;
        return body;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public HealthCommunity getCommunity() { return community; }
    public String getCode() { return code; }
    public String getNameNb() { return nameNb; }
    public String getNameEn() { return nameEn; }
    public int getLevel() { return level; }
    public BodyKind getKind() { return kind; }
    public Body getMandatedBy() { return mandatedBy; }
    public String getMandateText() { return mandateText; }
    public LocalDate getMandateDate() { return mandateDate; }
    public boolean hasUserRepresentation() { return Boolean.TRUE.equals(userRepresentation); }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
