package no.samhandling.body.boundary;

import java.util.List;

/** R-BODY-1: who chairs the partnership meeting (SSU's leader), who decides, who is invited, its two parts. */
public record PartnershipMeetingInfo(String chair, List<String> decidingPositions, List<String> invited,
                                     List<String> parts) implements java.io.Serializable {
}
