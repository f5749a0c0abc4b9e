package no.samhandling.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import no.samhandling.user.entity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's roles as the services see them: from Samhandling's own user tables (the JDBC realm of the
 * application's security domain), whoever signed the caller in. With an identity provider the pages ask here, since
 * the provider's token says who the user is, never what they may do; a user the provider knows and Samhandling does
 * not (or no longer does: inactive) has no role at all.
 */
@Stateless
@DeclareRoles({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER,
        Role.Names.ARCHIVE_SYSTEM})
public class CallerRoles {

    @Resource
    SessionContext context;

    @PermitAll
    public Set<Role> current() {
        return Arrays.stream(Role.values()).filter(role -> context.isCallerInRole(role.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
