package no.samhandling.agreement.boundary;

import no.samhandling.agreement.boundary.VersionDetails.ApprovalLine;
import no.samhandling.agreement.boundary.VersionDetails.DocumentLine;

import java.time.LocalDate;
import java.util.List;

/**
 * The published version in force as anyone may read it without login (R-AGR-4): what it is, who approved and signed
 * it, its text and attachments, and the guidelines of the collaboration areas that apply today.
 */
public record PublicAgreement(String title, String label, LocalDate validFrom, LocalDate publishedOn,
                              String publishedUrl, Integer nextRevisionYear, String ownerBody,
                              List<ApprovalLine> approvals, List<Signed> signatures, List<DocumentLine> documents,
                              List<Guideline> guidelines) implements java.io.Serializable {

    public record Signed(String party, LocalDate signedOn) implements java.io.Serializable {
    }

    public record Guideline(long documentId, String area, String areaEn, String title, String label,
                            LocalDate validFrom) implements java.io.Serializable {
    }
}
