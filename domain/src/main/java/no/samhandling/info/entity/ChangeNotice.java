package no.samhandling.info.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import no.samhandling.rules.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * R-INFO-1: a party tells the others of a change in its routines or organisation — what, from when, which
 * collaboration areas it touches. Every other party is to acknowledge it.
 */
@Entity
@Table(name = "change_notice")
public class ChangeNotice extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "announced_on", nullable = false, updatable = false)
    private LocalDate announcedOn;

    @Column(name = "announced_by", nullable = false, updatable = false, length = 100)
    private String announcedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_notice_area", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    protected ChangeNotice() {
    }

    public ChangeNotice(HealthCommunity community, Partner partner, String title, String description, ChangeKind kind,
                        LocalDate effectiveFrom, Set<Long> areaIds, LocalDate announcedOn, String announcedBy) {
        this.title = Texts.required("title", title, 300, "changeNotice.title.required");
        this.description = Texts.required("description", description, 4000, "changeNotice.description.required");
        if (kind == null) {
            throw RuleViolation.invalidField("kind", "changeNotice.kind.required");
        }
        if (effectiveFrom == null) {
            throw RuleViolation.invalidField("effectiveFrom", "changeNotice.effectiveFrom.required");
        }
        this.community = community;
        this.partner = partner;
        this.kind = kind;
        this.effectiveFrom = effectiveFrom;
        this.areaIds = new HashSet<>(areaIds == null ? Set.of() : areaIds);
        this.announcedOn = announcedOn;
        this.announcedBy = announcedBy;
    }

    public HealthCommunity getCommunity() { return community; }
    public Partner getPartner() { return partner; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public ChangeKind getKind() { return kind; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public String getAnnouncedBy() { return announcedBy; }
    public Set<Long> getAreaIds() { return Set.copyOf(areaIds); }
}
