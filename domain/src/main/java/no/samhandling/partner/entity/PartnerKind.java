package no.samhandling.partner.entity;

/** The two kinds of party to the framework agreement (§1.1). */
public enum PartnerKind {
    HOSPITAL_TRUST,
    MUNICIPALITY
}
