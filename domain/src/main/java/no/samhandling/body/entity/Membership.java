package no.samhandling.body.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Region;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/**
 * A person's seat in a body for a term: for which side (and region), which kind of seat, with which personal
 * deputy. The term ends on {@code termTo} (inclusive) or is open.
 */
@Entity
@Table(name = "membership")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Membership extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Party party;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "invited_organisation_id")
    private Long invitedOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_type", nullable = false, length = 30)
    private SeatType seatType;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "deputy_person_id")
    private Person deputy;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    protected Membership() {
    }

    public Membership(Body body, Person person, Party party, Region region, Long invitedOrganisationId,
                      SeatType seatType, Person deputy, LocalDate termFrom, LocalDate termTo) {
        if (party == null) {
            throw RuleViolation.invalidField("party", "membership.party.required");
        }
        if (seatType == null) {
            throw RuleViolation.invalidField("seatType", "membership.seatType.required");
        }
        if (termFrom == null) {
            throw RuleViolation.invalidField("termFrom", "membership.termFrom.required");
        }
        if (termTo != null && termTo.isBefore(termFrom)) {
            throw RuleViolation.invalidField("termTo", "membership.term.endsBeforeStart");
        }
        if (deputy != null && deputy.equals(person)) {
            throw RuleViolation.invalidField("deputy", "membership.deputy.isMember");
        }
        if (body.getKind() == BodyKind.STRATEGIC_COMMITTEE && party == Party.MUNICIPALITIES && region == null
                && seatType == SeatType.FIXED) {
            // R-BODY-3: SSU's municipal fixed seats are given per region
            throw RuleViolation.invalidField("region", "membership.region.required");
        }
        if (!body.isValidOn(termFrom)) {
            throw new RuleViolation("R-BODY-8", "membership.body.notValid", body.getNameNb());
        }
        this.body = body;
        this.person = person;
        this.party = party;
        this.region = region;
        this.invitedOrganisationId = invitedOrganisationId;
        this.seatType = seatType;
        this.deputy = deputy;
        this.termFrom = termFrom;
        this.termTo = termTo;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
    }

    /** Two terms of the same person in the same body may not overlap. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate myEnd = termTo == null ? LocalDate.MAX : termTo;
        LocalDate otherEnd = to == null ? LocalDate.MAX : to;
        return !from.isAfter(myEnd) && !termFrom.isAfter(otherEnd);
    }

    /** Ends the term on the given day (inclusive). */
    public void end(LocalDate lastDay) {
        if (lastDay.isBefore(termFrom)) {
            throw RuleViolation.invalidField("termTo", "membership.term.endsBeforeStart");
        }
        this.termTo = lastDay;
    }

    /** The facts the composition check needs. */
    public Seat seat() {
        return new Seat(person.getFullName(), party, region == null ? null : region.getName(), seatType, person.getPosition(),
                deputy != null, invitedOrganisationId);
    }

    public Body getBody() { return body; }
    public Person getPerson() { return person; }
    public Party getParty() { return party; }
    public Region getRegion() { return region; }
    public Long getInvitedOrganisationId() { return invitedOrganisationId; }
    public SeatType getSeatType() { return seatType; }
    public Person getDeputy() { return deputy; }
    public LocalDate getTermFrom() { return termFrom; }
    public LocalDate getTermTo() { return termTo; }
}
