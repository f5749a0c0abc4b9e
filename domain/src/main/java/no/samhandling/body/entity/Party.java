package no.samhandling.body.entity;

/** The side a member sits for: the hospital, the municipalities (through a region), or neither (KS, users, GPs). */
public enum Party {
    HOSPITAL, MUNICIPALITIES, OTHER
}
