package no.samhandling.cases.entity;

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
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.entity.Partner;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.envers.NotAudited;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A case (sak) of one body, numbered per body and year ("12/2026"), handled in two steps (R-CASE-1): first
 * discussion and input, then decision at a later meeting. {@code Case} is reserved in JPQL and SQL, hence the name.
 */
@Entity(name = "CaseFile")
@Table(name = "case_file")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class CaseFile extends VersionedEntity {

    public static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(name = "case_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "case_sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(length = TEXT_MAX)
    private String description;

    @Column(length = TEXT_MAX)
    private String proposal;

    @Column(name = "proposals_differ", nullable = false)
    private boolean proposalsDiffer;

    @Column(length = TEXT_MAX)
    private String alternatives;

    /** R-CASE-2: null while not stated; false when the paper says there are none. */
    @Column(name = "has_consequences")
    private Boolean hasConsequences;

    @Column(length = TEXT_MAX)
    private String consequences;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "proposed_by_partner_id", updatable = false)
    private Partner proposedBy;

    @Column(name = "registered_on", updatable = false)
    private LocalDate registeredOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_from_case_id", updatable = false)
    private CaseFile referredFrom;

    @NotAudited

    @ElementCollection // lazy, batched: a list of cases does not read every case's tags (issue 18)
    @CollectionTable(name = "case_area", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    @NotAudited

    @ElementCollection
    @CollectionTable(name = "case_priority_group", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "group_id")
    private Set<Long> priorityGroupIds = new HashSet<>();

    protected CaseFile() {
    }

    public CaseFile(HealthCommunity community, Body body, int year, int sequence, String title, Partner proposedBy,
                    LocalDate registeredOn) {
        if (!body.isValidOn(registeredOn)) {
            throw new RuleViolation("R-BODY-8", "membership.body.notValid", body.getNameNb());
        }
        this.community = community;
        this.body = body;
        this.year = year;
        this.sequence = sequence;
        this.proposedBy = proposedBy;
        this.registeredOn = registeredOn;
        this.step = CaseStep.DISCUSSION;
        this.status = CaseStatus.OPEN;
        this.title = required("title", title, 300);
    }

    /** R-CASE-4: a case with consequences that AU may not decide continues as a new case of the higher body. */
    public CaseFile referTo(Body higher, int newSequence, LocalDate today) {
        requireOpen();
        if (higher.equals(body) || (higher.getKind() != BodyKind.STRATEGIC_COMMITTEE
                && higher.getKind() != BodyKind.PARTNERSHIP_MEETING)) {
            throw new RuleViolation("R-CASE-4", "case.referral.higherBody");
        }
        CaseFile referred = new CaseFile(community, higher, today.getYear(), newSequence, title, proposedBy, today);
        referred.referredFrom = this;
        referred.step = step;
        referred.describe(title, description, proposal, proposalsDiffer, alternatives, hasConsequences, consequences);
        referred.tag(areaIds, priorityGroupIds);
        this.status = CaseStatus.REFERRED;
        return referred;
    }

    /**
     * What the case paper says. R-CASE-1: where proposals differ, the alternatives are stated. R-CASE-2: when there
     * are consequences, they are described; saying there are none is a statement too.
     */
    public void describe(String newTitle, String newDescription, String newProposal, boolean newProposalsDiffer,
                         String newAlternatives, Boolean newHasConsequences, String newConsequences) {
        requireOpen();
        String alternativesText = optional("alternatives", newAlternatives);
        if (newProposalsDiffer && alternativesText == null) {
            throw new RuleViolation("R-CASE-1", "case.alternatives.required");
        }
        String consequencesText = optional("consequences", newConsequences);
        if (Boolean.TRUE.equals(newHasConsequences) && consequencesText == null) {
            throw new RuleViolation("R-CASE-2", "case.consequences.describe");
        }
        this.title = required("title", newTitle, 300);
        this.description = optional("description", newDescription);
        this.proposal = optional("proposal", newProposal);
        this.proposalsDiffer = newProposalsDiffer;
        this.alternatives = alternativesText;
        this.hasConsequences = newHasConsequences;
        this.consequences = consequencesText;
    }

    public void tag(Set<Long> newAreaIds, Set<Long> newPriorityGroupIds) {
        requireOpen();
        areaIds.clear();
        areaIds.addAll(newAreaIds == null ? Set.of() : newAreaIds);
        priorityGroupIds.clear();
        priorityGroupIds.addAll(newPriorityGroupIds == null ? Set.of() : newPriorityGroupIds);
    }

    /**
     * The case may go on an agenda at its current step: it is open, its consequences are stated (R-CASE-2), and for a
     * decision it carries a proposal (R-CASE-1).
     */
    public void requireReadyForAgenda() {
        requireOpen();
        if (hasConsequences == null) {
            throw new RuleViolation("R-CASE-2", "case.consequences.missing", number());
        }
        if (step == CaseStep.DECISION && proposal == null) {
            throw new RuleViolation("R-CASE-1", "case.proposal.required", number());
        }
    }

    /** R-CASE-1: step 1 is done; the case goes up for decision at the next or a later meeting. */
    public void discussed() {
        requireOpen();
        if (step != CaseStep.DISCUSSION) {
            throw new RuleViolation("R-CASE-1", "case.step.alreadyDiscussed", number());
        }
        step = CaseStep.DECISION;
    }

    /**
     * R-CASE-1, R-CASE-4: whether this case may be decided now; the consensus (R-CASE-5) is checked on the meeting.
     */
    public void requireDecidable() {
        requireOpen();
        if (step != CaseStep.DECISION) {
            throw new RuleViolation("R-CASE-1", "case.decision.atStepOne", number());
        }
        if (body.getKind() == BodyKind.WORKING_COMMITTEE && hasConsequences()) {
            throw new RuleViolation("R-CASE-4", "case.decision.auConsequences", number());
        }
    }

    public void decided() {
        requireDecidable();
        status = CaseStatus.DECIDED;
    }

    /** R-CASE-5: no consensus, no decision — the case is closed as such and may become a dispute. */
    public void noConsensus() {
        requireOpen();
        status = CaseStatus.NO_CONSENSUS;
    }

    public void withdraw() {
        requireOpen();
        status = CaseStatus.WITHDRAWN;
    }

    public void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new RuleViolation("INPUT", "case.closed", number(), status);
        }
    }

    public boolean hasConsequences() {
        return Boolean.TRUE.equals(hasConsequences);
    }

    /** The case number as the secretariat writes it: sequence/year. */
    public String number() {
        return sequence + "/" + year;
    }

    private static String required(String field, String value, int max) {
        return Texts.required(field, value, max, "input.required");
    }

    private static String optional(String field, String value) {
        return Texts.optional(field, value, TEXT_MAX);
    }

    public HealthCommunity getCommunity() { return community; }
    public Body getBody() { return body; }
    public int getYear() { return year; }
    public int getSequence() { return sequence; }
    public String getTitle() { return title; }
    public CaseStep getStep() { return step; }
    public CaseStatus getStatus() { return status; }
    public String getDescription() { return description; }
    public String getProposal() { return proposal; }
    public boolean isProposalsDiffer() { return proposalsDiffer; }
    public String getAlternatives() { return alternatives; }
    public Boolean getHasConsequences() { return hasConsequences; }
    public String getConsequences() { return consequences; }
    public Partner getProposedBy() { return proposedBy; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public CaseFile getReferredFrom() { return referredFrom; }
    public Set<Long> getAreaIds() { return Set.copyOf(areaIds); }
    public Set<Long> getPriorityGroupIds() { return Set.copyOf(priorityGroupIds); }
}
