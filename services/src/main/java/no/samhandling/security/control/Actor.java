package no.samhandling.security.control;

import no.samhandling.user.entity.Role;

import java.util.Set;

/**
 * The signed-in user as the services see it: who, in which health community, acting for which partner, with which
 * roles. Decides what the user may change; the services ask it before every change.
 */
public record Actor(long userId, String username, String fullName, long communityId, Long partnerId,
                    Set<Role> roles) {

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isSecretariat() {
        return is(Role.SECRETARIAT);
    }

    /** The secretariat changes everything in its community; an administrator only their own partner's data. */
    public boolean mayChangePartner(long partner) {
        if (isSecretariat()) {
            return true;
        }
        boolean administrator = is(Role.MUNICIPAL_ADMIN) || is(Role.HOSPITAL_ADMIN);
        return administrator && partnerId != null && partnerId == partner;
    }
}
