package no.samhandling.meeting.entity;

/** Whether a person was at a meeting, and if so in their own seat or as someone's deputy. */
public enum AttendanceStatus {
    PRESENT, ABSENT, DEPUTY
}
