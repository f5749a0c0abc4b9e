package no.samhandling.user.boundary;

import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.util.Set;

/** A user as the user administration shows it (never the password hash). */
public record UserSummary(long id, long version, String username, String fullName, String email, boolean active,
                          Set<Role> roles, Long partnerId, String partnerName) implements java.io.Serializable {

    static UserSummary of(UserAccount u) {
        return new UserSummary(u.getId(), u.getVersion(), u.getUsername(), u.getFullName(), u.getEmail(),
                u.isActive(), u.getRoles(), u.getPartner() == null ? null : u.getPartner().getId(),
                u.getPartner() == null ? null : u.getPartner().getName());
    }
}
