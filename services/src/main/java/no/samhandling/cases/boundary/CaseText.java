package no.samhandling.cases.boundary;

import java.util.Set;

/**
 * What a case paper says (R-CASE-1, R-CASE-2): title, background, the proposal, whether proposals differ and the
 * alternatives, whether it has operational or financial consequences and which; its tags.
 */
public record CaseText(String title, String description, String proposal, boolean proposalsDiffer,
                       String alternatives, Boolean hasConsequences, String consequences, Set<Long> areaIds,
                       Set<Long> priorityGroupIds) implements java.io.Serializable {
}
