package no.samhandling.agreement.entity;

import no.samhandling.partner.entity.PartnerKind;

import java.util.Arrays;
import java.util.List;

/**
 * The councils a version is presented to before it goes to the municipal councils and the hospital board (R-AGR-2,
 * §5.2): the hospital's user committee and youth council; each municipality's council for the elderly, youth council
 * and council for people with disabilities.
 */
public enum Council {
    USER_COMMITTEE(PartnerKind.HOSPITAL_TRUST),
    YOUTH_COUNCIL(PartnerKind.HOSPITAL_TRUST, PartnerKind.MUNICIPALITY),
    ELDERLY_COUNCIL(PartnerKind.MUNICIPALITY),
    DISABILITY_COUNCIL(PartnerKind.MUNICIPALITY);

    private final List<PartnerKind> kinds;

    Council(PartnerKind... kinds) {
        this.kinds = List.of(kinds);
    }

    /** The councils a party of this kind must consult. */
    public static List<Council> requiredFor(PartnerKind kind) {
        return Arrays.stream(values()).filter(c -> c.kinds.contains(kind)).toList();
    }
}
