package no.samhandling.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.ArchiveSettings;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.ContactDetails;
import no.samhandling.partner.entity.OrganisationNumber;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.util.List;
import java.util.Objects;

/** The partner register of the user's health community. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class PartnerService {

    @Inject
    Partners partners;

    @Inject
    CurrentActor currentActor;

    @Inject
    ArchiveNotifier archive;

    public List<PartnerSummary> list() {
        Actor actor = currentActor.get();
        return partners.inCommunity(actor.communityId()).stream()
                .map(party -> PartnerSummary.of(party, actor.mayChangePartner(party.getPartner().getId())))
                .toList();
    }

    public PartnerSummary get(long partnerId) {
        Actor actor = currentActor.get();
        return PartnerSummary.of(partners.getInCommunity(actor.communityId(), partnerId),
                actor.mayChangePartner(partnerId));
    }

    /**
     * Changes a partner's organisation number, contact details and archive settings. A municipal administrator may
     * change only their own municipality; the secretariat every partner of the community. When the archive settings
     * change, the partner's archive system is told (through the outbox, in this transaction).
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public PartnerSummary update(long partnerId, PartnerChanges changes) {
        Actor actor = currentActor.get();
        CommunityParty party = partners.getInCommunity(actor.communityId(), partnerId);
        if (!actor.mayChangePartner(partnerId)) {
            throw new Forbidden(actor.username() + " may not change partner " + partnerId);
        }
        Partner partner = party.getPartner();
        partner.requireVersion(changes.version());

        OrganisationNumber number = changes.organisationNumber() == null || changes.organisationNumber().isBlank()
                ? null : OrganisationNumber.parse(changes.organisationNumber());
        if (number != null && partners.organisationNumberTakenByOther(number, partnerId)) {
            throw RuleViolation.invalidField("organisationNumber", "partner.organisationNumber.taken", number.formatted());
        }
        ContactDetails contact = new ContactDetails(changes.email(), changes.phone(), changes.postalAddress());
        ArchiveSettings settings = new ArchiveSettings(changes.archiveSystem(), changes.archiveAccount(),
                changes.archiveEnabled());
        ArchiveSettings before = partner.getArchive();

        partner.registerOrganisationNumber(number);
        partner.changeContact(contact);
        partner.changeArchiveSettings(settings);
        partners.flush(party);

        if (settings.enabled() && !sameArchive(before, settings)) {
            archive.archiveConnected(actor.communityId(), partner);
        }
        return PartnerSummary.of(party, true);
    }

    private static boolean sameArchive(ArchiveSettings a, ArchiveSettings b) {
        return a.enabled() == b.enabled() && Objects.equals(a.account(), b.account())
                && Objects.equals(a.system(), b.system());
    }
}
