package no.samhandling.body.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.persistence.VersionedEntity;

import java.time.LocalDate;

/**
 * A body of the health community on one of three levels (§4), valid for a period: the older ASU, SU and LSF stay in
 * history with an end date (R-BODY-8).
 */
@Entity
@Table(name = "body")
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

    protected Body() {
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
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
