package no.samhandling.agreement.entity;

import no.samhandling.partner.entity.PartnerKind;

/** Who may sign for a party (§10): the hospital's leadership, or the municipality's chief executive or mayor. */
public enum SignatoryRole {
    HOSPITAL_CEO(PartnerKind.HOSPITAL_TRUST),
    HOSPITAL_BOARD_CHAIR(PartnerKind.HOSPITAL_TRUST),
    MUNICIPAL_CHIEF_EXECUTIVE(PartnerKind.MUNICIPALITY),
    MAYOR(PartnerKind.MUNICIPALITY);

    private final PartnerKind signsFor;

    SignatoryRole(PartnerKind signsFor) {
        this.signsFor = signsFor;
    }

    public boolean maySignFor(PartnerKind kind) {
        return signsFor == kind;
    }
}
