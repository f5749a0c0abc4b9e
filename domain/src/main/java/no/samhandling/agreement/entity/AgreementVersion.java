package no.samhandling.agreement.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the framework agreement (R-AGR-1). Keeps its bilateral signatures (R-AGR-3): one per party, dated,
 * by a role that may sign for that kind of party, never in the future.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @Column(nullable = false, length = 20, updatable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "next_revision_year")
    private Integer nextRevisionYear;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_url", length = 500)
    private String publishedUrl;

    @Column(name = "directorate_notified_on")
    private LocalDate directorateNotifiedOn;

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.PERSIST)
    private List<AgreementSignature> signatures = new ArrayList<>();

    protected AgreementVersion() {
    }

    public AgreementVersion(FrameworkAgreement agreement, String label, AgreementStatus status, LocalDate validFrom) {
        this.agreement = agreement;
        this.label = label;
        this.status = status;
        this.validFrom = validFrom;
    }

    /** R-AGR-3: records the party's signature; each party signs a version once. */
    public AgreementSignature sign(Partner party, LocalDate signedOn, SignatoryRole role, LocalDate today,
                                   Instant recordedAt, String recordedBy) {
        if (!status.acceptsSignatures()) {
            throw new RuleViolation("R-AGR-3", "agreement.signature.notApproved", label);
        }
        if (signedOn == null || signedOn.isAfter(today)) {
            throw RuleViolation.invalidField("signedOn", "agreement.signature.future");
        }
        if (role == null || !role.maySignFor(party.getKind())) {
            throw RuleViolation.invalidField("signatoryRole", "agreement.signature.wrongRole", party.getName());
        }
        if (signatures.stream().anyMatch(s -> s.getPartner().equals(party))) {
            throw new RuleViolation("R-AGR-3", "agreement.signature.duplicate", party.getName(), label);
        }
        AgreementSignature signature = new AgreementSignature(this, party, signedOn, role, recordedAt, recordedBy);
        signatures.add(signature);
        return signature;
    }

    /**
     * R-AGR-4: the hospital publishes the version within a month of the last signature and sends the link to the
     * Directorate of Health. Only when every party has signed; not before the last signature; not in the future.
     */
    public void publish(int parties, LocalDate publishedOn, String url, LocalDate directorateNotifiedOn,
                        LocalDate today) {
        if (signatures.size() < parties) {
            throw new RuleViolation("R-AGR-4", "agreement.publication.notAllSigned", parties - signatures.size());
        }
        if (this.publishedOn != null) {
            throw new RuleViolation("R-AGR-4", "agreement.publication.already", label);
        }
        if (publishedOn == null || publishedOn.isAfter(today)) {
            throw RuleViolation.invalidField("publishedOn", "agreement.publication.date");
        }
        if (publishedOn.isBefore(lastSignature().orElseThrow())) {
            throw RuleViolation.invalidField("publishedOn", "agreement.publication.beforeSignature");
        }
        String link = Texts.required("publishedUrl", url, 500, "input.required");
        if (!link.matches("https://\\S+")) {
            throw RuleViolation.invalidField("publishedUrl", "meeting.digitalLink.invalid");
        }
        if (directorateNotifiedOn != null && (directorateNotifiedOn.isBefore(publishedOn)
                || directorateNotifiedOn.isAfter(today))) {
            throw RuleViolation.invalidField("directorateNotifiedOn", "agreement.publication.directorateDate");
        }
        this.publishedOn = publishedOn;
        this.publishedUrl = link;
        this.directorateNotifiedOn = directorateNotifiedOn;
    }

    /** The day the last party signed, once all have or so far. */
    public java.util.Optional<LocalDate> lastSignature() {
        return signatures.stream().map(AgreementSignature::getSignedOn).max(LocalDate::compareTo);
    }

    /** R-AGR-4: one month after the last signature (31 January → 29 February in a leap year). */
    public static LocalDate publicationDue(LocalDate lastSignature) {
        return lastSignature.plusMonths(1);
    }

    public String title() {
        return agreement.getTitle() + ", versjon " + label;
    }

    public FrameworkAgreement getAgreement() { return agreement; }
    public String getLabel() { return label; }
    public AgreementStatus getStatus() { return status; }
    public LocalDate getValidFrom() { return validFrom; }
    public Integer getNextRevisionYear() { return nextRevisionYear; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedUrl() { return publishedUrl; }
    public LocalDate getDirectorateNotifiedOn() { return directorateNotifiedOn; }
    public List<AgreementSignature> getSignatures() { return List.copyOf(signatures); }
}
