package no.samhandling.agreement.entity;

/** How a body approved a version (R-AGR-1): in a meeting, an extraordinary one, digitally, or by e-mail. */
public enum ApprovalForm {
    MEETING, EXTRAORDINARY_MEETING, DIGITAL_MEETING, EXTRAORDINARY_DIGITAL_MEETING, EMAIL
}
