package no.samhandling.user.boundary;

import no.samhandling.user.entity.Role;

import java.util.Set;

/** What the secretariat enters to create a user; the initial password is handed over outside the system. */
public record NewUser(String username, String fullName, String email, Set<Role> roles, Long partnerId,
                      String initialPassword) implements java.io.Serializable {
}
