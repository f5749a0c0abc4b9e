package no.samhandling.dispute.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A dispute of §6, numbered per community and year ("3/2026"), between the hospital and one municipality or
 * community-wide. It starts on the lowest step of its kind's ladder and climbs one step at a time, each step dated
 * (not before the one below), asked for by a party of the dispute with a reason (R-DSP-1 … R-DSP-3); a negotiation
 * committee has members from both parties. It can be resolved or withdrawn at any step, with its outcome; then it is
 * closed. Its texts carry no identity numbers (R-DSP-4, through {@link Texts}).
 */
@Entity
@Table(name = "dispute")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Dispute extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @Column(name = "dispute_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "dispute_sequence", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DisputeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private DisputeSubject subject;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Partner municipality;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "raised_by_id", nullable = false, updatable = false)
    private Partner raisedBy;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_step", nullable = false, length = 30)
    private DisputeStep currentStep;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 4000)
    private String outcome;

    @Column(name = "from_case_id", updatable = false)
    private Long fromCaseId;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @NotAudited

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DisputeEscalation> steps = new ArrayList<>();

    protected Dispute() {
    }

    /** What a party raises: kind and subject, what it is about, between whom, when, and from which case if any. */
    public record Raised(DisputeKind kind, DisputeSubject subject, String title, String description,
                         Partner municipality, Partner raisedBy, LocalDate openedOn, Long fromCaseId) implements java.io.Serializable {
    }

    /**
     * Opens a dispute on the lowest step of its ladder. A patient case is bilateral (R-DSP-1) and has no subject; a
     * dispute over agreements, guidelines or routines names which (R-DSP-2).
     */
    public static Dispute open(HealthCommunity community, int sequence, Raised raised, LocalDate today, String by,
                               Instant at) {
        if (raised.kind() == null) {
            throw RuleViolation.invalidField("kind", "input.required");
        }
        if (raised.kind() == DisputeKind.PATIENT_CASE && raised.municipality() == null) {
            throw new RuleViolation("R-DSP-1", "dispute.patient.bilateral");
        }
        if (raised.kind() == DisputeKind.AGREEMENT && raised.subject() == null) {
            throw RuleViolation.invalidField("subject", "input.required");
        }
        if (raised.municipality() != null && raised.municipality().getKind() != PartnerKind.MUNICIPALITY) {
            throw RuleViolation.invalidField("municipalityId", "dispute.municipality.notMunicipality");
        }
        LocalDate opened = dated("openedOn", raised.openedOn(), null, today);
        Dispute dispute = new Dispute();
        dispute.community = community;
        dispute.year = opened.getYear();
        dispute.sequence = sequence;
        dispute.kind = raised.kind();
        dispute.subject = raised.kind() == DisputeKind.PATIENT_CASE ? null : raised.subject();
        dispute.title = Texts.required("title", raised.title(), 300, "input.required");
        dispute.description = Texts.optional("description", raised.description(), 4000);
        dispute.municipality = raised.municipality();
        dispute.raisedBy = dispute.party("raisedByPartnerId", raised.raisedBy());
        dispute.openedOn = opened;
        dispute.status = DisputeStatus.OPEN;
        dispute.currentStep = raised.kind().firstStep();
        dispute.fromCaseId = raised.fromCaseId();
        dispute.recordedBy = by;
        String reason = dispute.description == null ? dispute.title : dispute.description;
        dispute.steps.add(new DisputeEscalation(dispute, dispute.currentStep, opened, dispute.raisedBy,
                reason.length() > 2000 ? reason.substring(0, 2000) : reason, by, at));
        return dispute;
    }

    /** A committee member as recorded: a name and the party they come from. */
    public record Member(String name, Partner partner) implements java.io.Serializable {
    }

    /**
     * R-DSP-2 / R-DSP-3: the dispute goes one step up its ladder, on a day not before the last step, asked for by a
     * party of the dispute, with why. A patient case stops at the leadership meeting (R-DSP-1). The negotiation
     * committee has members from both parties.
     */
    public DisputeEscalation escalate(DisputeStep to, LocalDate on, Partner askedBy, String reason,
                                      List<Member> members, LocalDate today, String by, Instant at) {
        if (status != DisputeStatus.OPEN) {
            throw new RuleViolation("R-DSP-3", "dispute.closed", number());
        }
        if (to == null) {
            throw RuleViolation.invalidField("step", "input.required");
        }
        if (to.kind() != kind) {
            throw new RuleViolation(kind == DisputeKind.PATIENT_CASE ? "R-DSP-1" : "R-DSP-3", "dispute.step.otherLadder");
        }
        if (to != currentStep.next()) {
            throw new RuleViolation("R-DSP-3", "dispute.step.order", currentStep.next() == null ? "–" : currentStep.next());
        }
        LocalDate day = dated("on", on, lastStep().getTakenOn(), today);
        Partner asker = party("askedByPartnerId", askedBy);
        String why = Texts.required("reason", reason, 2000, "dispute.reasonRequired");
        DisputeEscalation step = new DisputeEscalation(this, to, day, asker, why, by, at);
        if (to == DisputeStep.NEGOTIATION_COMMITTEE) {
            List<Member> appointed = members == null ? List.of() : members;
            boolean hospital = appointed.stream().anyMatch(m -> m.partner().getKind() == PartnerKind.HOSPITAL_TRUST);
            boolean municipal = appointed.stream().anyMatch(m -> m.partner().getKind() == PartnerKind.MUNICIPALITY
                    && (municipality == null || m.partner().equals(municipality)));
            if (!hospital || !municipal) {
                throw new RuleViolation("R-DSP-2", "dispute.committee.bothParties");
            }
            for (Member m : appointed) {
                step.appoint(Texts.required("members", m.name(), 200, "input.required"), m.partner());
            }
        }
        steps.add(step);
        currentStep = to;
        return step;
    }

    /** R-DSP-3: resolved or withdrawn at whatever step, on a day not before the last step, with the outcome. */
    public void close(DisputeStatus how, LocalDate on, String result, LocalDate today) {
        if (status != DisputeStatus.OPEN) {
            throw new RuleViolation("R-DSP-3", "dispute.closed", number());
        }
        if (how == null || how == DisputeStatus.OPEN) {
            throw RuleViolation.invalidField("status", "input.required");
        }
        LocalDate day = dated("closedOn", on, lastStep().getTakenOn(), today);
        this.outcome = Texts.required("outcome", result, 4000, "dispute.outcomeRequired");
        this.closedOn = day;
        this.status = how;
    }

    /** Whether the partner is a party of this dispute: the hospital, and the municipality or, community-wide, any. */
    public boolean concerns(Partner partner) {
        return partner != null && (partner.getKind() == PartnerKind.HOSPITAL_TRUST || municipality == null
                || municipality.equals(partner));
    }

    private Partner party(String field, Partner partner) {
        if (!concerns(partner)) {
            throw RuleViolation.invalidField(field, "dispute.party.notInDispute");
        }
        return partner;
    }

    private static LocalDate dated(String field, LocalDate day, LocalDate notBefore, LocalDate today) {
        if (day == null || day.isAfter(today)) {
            throw RuleViolation.invalidField(field, "dispute.date.future");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new RuleViolation("R-DSP-3", "dispute.date.beforePrevious", notBefore);
        }
        return day;
    }

    public DisputeEscalation lastStep() {
        return steps.get(steps.size() - 1);
    }

    public String number() {
        return sequence + "/" + year;
    }

    public HealthCommunity getCommunity() { return community; }
    public int getYear() { return year; }
    public int getSequence() { return sequence; }
    public DisputeKind getKind() { return kind; }
    public DisputeSubject getSubject() { return subject; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Partner getMunicipality() { return municipality; }
    public Partner getRaisedBy() { return raisedBy; }
    public LocalDate getOpenedOn() { return openedOn; }
    public DisputeStatus getStatus() { return status; }
    public DisputeStep getCurrentStep() { return currentStep; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getOutcome() { return outcome; }
    public Long getFromCaseId() { return fromCaseId; }
    public List<DisputeEscalation> getSteps() { return List.copyOf(steps); }
}
