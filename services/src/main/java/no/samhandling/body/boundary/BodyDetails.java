package no.samhandling.body.boundary;

import no.samhandling.body.entity.Leadership;

import java.time.LocalDate;
import java.util.List;

/**
 * A body on a day: who sits there, where that departs from the agreement, who leads it, and the leadership term
 * the system proposes next (empty when the body's leadership does not alternate or has no term yet).
 */
public record BodyDetails(BodySummary body, LocalDate on, List<MemberLine> members, List<DeviationLine> deviations,
                          List<LeadershipLine> leadership, Leadership.Proposal nextLeadership,
                          PartnershipMeetingInfo partnershipMeeting) implements java.io.Serializable {
}
