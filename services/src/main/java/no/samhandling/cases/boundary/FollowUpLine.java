package no.samhandling.cases.boundary;

import no.samhandling.cases.entity.FollowUpStatus;

import java.time.LocalDate;

/** R-CASE-6: one follow-up action with its case, the party that answers for it, and whether it is overdue. */
public record FollowUpLine(long id, long version, long caseId, String caseNumber, String bodyCode, String caseTitle,
                           String description, long responsibleId, String responsible, LocalDate dueOn,
                           FollowUpStatus status, LocalDate completedOn, String note, boolean overdue) implements java.io.Serializable {
}
