package no.samhandling.cases.boundary;

import no.samhandling.cases.entity.CaseStatus;

/** Filters of the case search; null means any. */
public record CaseQuery(String text, Long bodyId, Integer year, Long areaId, Long priorityGroupId, CaseStatus status,
                        Long proposedById) implements java.io.Serializable {

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, null);
    }
}
