package no.samhandling.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.boundary.NewUser;
import no.samhandling.user.boundary.UserService;
import no.samhandling.user.boundary.UserSummary;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;
import java.util.UUID;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secretariat manages users; what it does is what the real login (Elytron JDBC realm) then accepts. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    UserService users;

    @Inject
    Fixtures fixtures;

    @Test
    void secretariat_creates_a_municipal_administrator_who_can_then_sign_in_and_is_stored_hashed() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String username = "ny-" + UUID.randomUUID().toString().substring(0, 8);
        long nittedal = fixtures.partnerId("3232");

        UserSummary created = As.user(secretariat, () -> users.create(new NewUser(username, "Ny Bruker",
                username + "@nittedal.example.org", Set.of(Role.MUNICIPAL_ADMIN), nittedal, "first-password-1")));

        assertThat(created.partnerName()).isEqualTo("Nittedal");
        assertThat(Http.get("api/partners", username, "first-password-1").statusCode()).isEqualTo(200);
        assertThat(fixtures.count("SELECT COUNT(u) FROM UserAccount u WHERE u.username = ?1 AND u.passwordHash LIKE '$2%'",
                username)).isEqualTo(1);
    }

    @Test
    void deactivated_user_can_no_longer_sign_in_and_a_reset_password_replaces_the_old_one() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        long id = fixtures.userId(member);

        As.user(secretariat, () -> users.resetPassword(id, "second-password-2"));
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(Http.get("api/partners", member, "second-password-2").statusCode()).isEqualTo(200);

        long version = As.user(secretariat, () -> users.get(id)).version();
        As.user(secretariat, () -> users.deactivate(id, version));
        assertThat(Http.get("api/partners", member, "second-password-2").statusCode()).isEqualTo(401);
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        assertThatThrownBy(() -> As.user(member, () -> users.changeOwnPassword("not-my-password", "another-password-3")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("currentPassword"));
        As.user(member, () -> users.changeOwnPassword(PASSWORD, "another-password-3"));

        assertThat(Http.get("api/partners", member, "another-password-3").statusCode()).isEqualTo(200);
        assertThat(Http.get("api/partners", member, PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void only_the_secretariat_manages_users_and_a_municipal_administrator_needs_a_municipality() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3232");
        String secretariat = fixtures.user(Role.SECRETARIAT, null);

        assertThatThrownBy(() -> As.user(admin, () -> users.list())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user(secretariat, () -> users.create(new NewUser("uten-kommune-" +
                UUID.randomUUID().toString().substring(0, 6), "Uten Kommune", null, Set.of(Role.MUNICIPAL_ADMIN),
                null, "some-password-4"))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("partner"));
        assertThat(fixtures.count("SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE 'uten-kommune-%'")).isZero();
    }
}
