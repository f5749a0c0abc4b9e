package no.samhandling.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.body.entity.Person;
import no.samhandling.body.entity.Position;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;

import java.time.LocalDate;

/** R-CASE-7: a general practitioner's input on a case that SSU handles (§4.2). */
@Entity
@Table(name = "case_input")
public class CaseInput extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = CaseFile.TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected CaseInput() {
    }

    public CaseInput(CaseFile caseFile, Person gp, String text, LocalDate givenOn, String recordedBy) {
        if (caseFile.getBody().getKind() != BodyKind.STRATEGIC_COMMITTEE) {
            throw new RuleViolation("R-CASE-7", "caseInput.onlySsu", caseFile.number());
        }
        if (gp.getPosition() != Position.GENERAL_PRACTITIONER) {
            throw new RuleViolation("R-CASE-7", "caseInput.onlyGp", gp.getFullName());
        }
        caseFile.requireOpen();
        this.text = Texts.required("text", text, CaseFile.TEXT_MAX, "caseInput.text.required");
        this.caseFile = caseFile;
        this.person = gp;
        this.givenOn = givenOn;
        this.recordedBy = recordedBy;
    }

    public CaseFile getCaseFile() { return caseFile; }
    public Person getPerson() { return person; }
    public String getText() { return text; }
    public LocalDate getGivenOn() { return givenOn; }
    public String getRecordedBy() { return recordedBy; }
}
