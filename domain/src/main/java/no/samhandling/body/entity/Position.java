package no.samhandling.body.entity;

/** Position titles the agreement names (§4) — what a seat asks of the one who fills it. */
public enum Position {
    HOSPITAL_CEO,
    CLINIC_DIRECTOR,
    HEAD_OF_COOPERATION_DEPARTMENT,
    MUNICIPAL_CHIEF_EXECUTIVE,
    HEAD_OF_HEALTH_SERVICES,
    MUNICIPAL_CHIEF_MEDICAL_OFFICER,
    COOPERATION_COORDINATOR,
    COOPERATION_ADVISER,
    GENERAL_PRACTITIONER,
    USER_REPRESENTATIVE,
    OTHER
}
