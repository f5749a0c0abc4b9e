package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/** The decision (vedtak) a meeting made in a case; it binds the parties (R-CASE-5). */
@Entity
@Table(name = "decision")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Decision extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem agendaItem;

    @Column(nullable = false, length = CaseFile.TEXT_MAX)
    private String text;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected Decision() {
    }

    public Decision(AgendaItem agendaItem, String text, LocalDate decidedOn, String recordedBy) {
        this.agendaItem = agendaItem;
        this.caseFile = agendaItem.getCaseFile();
        this.text = checked(text);
        this.decidedOn = decidedOn;
        this.recordedBy = recordedBy;
    }

    /** A correction after the minutes were approved; the caller records who and why in the minutes. */
    public String correct(String newText) {
        String before = text;
        String after = checked(newText);
        if (after.equals(before)) {
            throw RuleViolation.invalidField("text", "decision.correction.unchanged");
        }
        text = after;
        return before;
    }

    private static String checked(String value) {
        return Texts.required("text", value, CaseFile.TEXT_MAX, "decision.text.required");
    }

    /** Whether the partnership meeting made it (the body that approves the agreement, annual report and plans). */
    public boolean isByPartnershipMeeting() {
        return caseFile.getBody().getKind() == no.samhandling.body.entity.BodyKind.PARTNERSHIP_MEETING;
    }

    public CaseFile getCaseFile() { return caseFile; }
    public AgendaItem getAgendaItem() { return agendaItem; }
    public String getText() { return text; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getRecordedBy() { return recordedBy; }
}
