package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.ApprovalForm;

import java.time.LocalDate;

/** An entry of a version's approval history as the secretariat records it (R-AGR-1). */
public record NewApproval(Long bodyId, LocalDate approvedOn, ApprovalForm form, String note) implements java.io.Serializable {
}
