package no.samhandling.cases.entity;

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
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/** R-CASE-6: what a decision asks someone to do, which party answers for it, and by when. AU follows them up. */
@Entity
@Table(name = "follow_up_action")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class FollowUpAction extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false, updatable = false)
    private HealthCommunity community;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private Decision decision;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "responsible_partner_id", nullable = false)
    private Partner responsible;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "status_note", length = 1000)
    private String statusNote;

    protected FollowUpAction() {
    }

    public FollowUpAction(HealthCommunity community, Decision decision, String description, Partner responsible,
                          LocalDate dueOn) {
        String text = Texts.required("description", description, 1000, "followUp.description.required");
        if (responsible == null) {
            throw new RuleViolation("R-CASE-6", "followUp.responsible.required");
        }
        if (dueOn == null) {
            throw new RuleViolation("R-CASE-6", "followUp.due.required");
        }
        if (dueOn.isBefore(decision.getDecidedOn())) {
            throw RuleViolation.invalidField("dueOn", "followUp.due.beforeDecision", decision.getDecidedOn());
        }
        this.community = community;
        this.decision = decision;
        this.description = text;
        this.responsible = responsible;
        this.dueOn = dueOn;
        this.status = FollowUpStatus.OPEN;
    }

    public void report(FollowUpStatus newStatus, String note, LocalDate today) {
        if (newStatus == null) {
            throw RuleViolation.invalidField("status", "followUp.status.required");
        }
        statusNote = Texts.optional("note", note, 1000);
        status = newStatus;
        completedOn = newStatus == FollowUpStatus.DONE ? today : null;
    }

    /** R-CASE-6: past its due day and neither done nor cancelled. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isClosed() && today.isAfter(dueOn);
    }

    public HealthCommunity getCommunity() { return community; }
    public Decision getDecision() { return decision; }
    public String getDescription() { return description; }
    public Partner getResponsible() { return responsible; }
    public LocalDate getDueOn() { return dueOn; }
    public FollowUpStatus getStatus() { return status; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getStatusNote() { return statusNote; }
}
