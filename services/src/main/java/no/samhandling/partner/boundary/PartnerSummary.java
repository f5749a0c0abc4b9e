package no.samhandling.partner.boundary;

import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;

import java.time.LocalDate;

/** One partner of the user's health community, as lists, pages and the REST API show it. */
public record PartnerSummary(long id, long version, PartnerKind kind, String name, String municipalityNumber,
                             String organisationNumber, String region, String email, String phone,
                             String postalAddress, String archiveSystem, String archiveAccount,
                             boolean archiveEnabled, String archiveCode, LocalDate joinedOn, LocalDate leftOn,
                             boolean mayChange) implements java.io.Serializable {

    static PartnerSummary of(CommunityParty party, boolean mayChange) {
        Partner p = party.getPartner();
        return new PartnerSummary(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.getMunicipalityNumber(),
                p.getOrganisationNumber() == null ? null : p.getOrganisationNumber().value(),
                party.getRegion() == null ? null : party.getRegion().getName(),
                p.getContact().email(), p.getContact().phone(), p.getContact().postalAddress(),
                p.getArchive().system(), p.getArchive().account(), p.getArchive().enabled(), p.getArchiveCode(),
                party.getJoinedOn(), party.getLeftOn(), mayChange);
    }
}
