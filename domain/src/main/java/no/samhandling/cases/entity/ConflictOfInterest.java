package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Person;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

/**
 * Habilitet: a member disqualified in one case, why, and who decided it. A disqualified member does not count among
 * the deciding parties for that case (R-CASE-5) and is named in the minutes.
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 200, updatable = false)
    private String decidedBy;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected ConflictOfInterest() {
    }

    public ConflictOfInterest(CaseFile caseFile, Person person, String reason, String decidedBy, String recordedBy) {
        caseFile.requireOpen();
        this.reason = Texts.required("reason", reason, 1000, "conflict.reason.required");
        this.decidedBy = Texts.required("decidedBy", decidedBy, 200, "conflict.decidedBy.required");
        this.caseFile = caseFile;
        this.person = person;
        this.recordedBy = recordedBy;
    }

    public CaseFile getCaseFile() { return caseFile; }
    public Person getPerson() { return person; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public String getRecordedBy() { return recordedBy; }
}
