package no.samhandling.body.entity;

/** The kinds of body of §4 and of the older structure (2021–2024). */
public enum BodyKind {
    PARTNERSHIP_MEETING, STRATEGIC_COMMITTEE, WORKING_COMMITTEE, PROFESSIONAL_COMMITTEE,
    ADMINISTRATIVE_COMMITTEE, HEALTH_CARE_COMMITTEE, LEADERS_FORUM, COUNCIL
}
