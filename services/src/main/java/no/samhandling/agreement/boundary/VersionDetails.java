package no.samhandling.agreement.boundary;

import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.ApprovalForm;
import no.samhandling.agreement.entity.Council;
import no.samhandling.agreement.entity.DocumentKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A version with everything its page shows (R-AGR-1, R-AGR-2): plan, approval history, the steps it took, its
 * documents, the consultations with those missing, and the step it can take next.
 */
public record VersionDetails(long id, long version, String title, String label, AgreementStatus status,
                             LocalDate validFrom, Long ownerBodyId, String ownerBody, Integer nextRevisionYear,
                             List<ApprovalLine> approvals, List<EventLine> events, List<DocumentLine> documents,
                             List<ConsultationLine> consultations, long consultationsMissing,
                             String consultationException, String consultationExceptionBy, AgreementStatus nextStep,
                             int signed, int parties, LocalDate publishedOn, String publishedUrl) implements java.io.Serializable {

    public record ApprovalLine(long id, String body, LocalDate approvedOn, String approvedWeek, ApprovalForm form,
                               String note) implements java.io.Serializable {
    }

    public record EventLine(AgreementStatus from, AgreementStatus to, LocalDate on, String by, String note) implements java.io.Serializable {
    }

    public record DocumentLine(long id, DocumentKind kind, String title, String label, LocalDate validFrom,
                               String fileName, long size, Long areaId) implements java.io.Serializable {
    }

    public record ConsultationLine(long id, long version, long partnerId, String partner, Council council,
                                   LocalDate heldOn, String outcome, Long documentId, boolean mayRecord) implements java.io.Serializable {

        public boolean recorded() {
            return heldOn != null;
        }
    }
}
