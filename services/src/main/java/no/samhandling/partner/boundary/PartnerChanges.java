package no.samhandling.partner.boundary;

/**
 * What an administrator may change on a partner: organisation number, contact details and archive settings.
 * {@code version} is the version the user saw; a stale one is refused (optimistic locking).
 */
public record PartnerChanges(long version, String organisationNumber, String email, String phone,
                             String postalAddress, String archiveSystem, String archiveAccount,
                             boolean archiveEnabled) implements java.io.Serializable {
}
