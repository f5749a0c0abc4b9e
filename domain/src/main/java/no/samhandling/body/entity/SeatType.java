package no.samhandling.body.entity;

/** How one sits in a body (§4.2): with a fixed seat, with the right to attend and speak, as observer, or as representative. */
public enum SeatType {
    FIXED, ATTEND_AND_SPEAK, OBSERVER, USER_REPRESENTATIVE, GP_REPRESENTATIVE
}
