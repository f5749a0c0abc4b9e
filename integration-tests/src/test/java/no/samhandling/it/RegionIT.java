package no.samhandling.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.RegionService;
import no.samhandling.partner.boundary.RegionSummary;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default four regions are an assumption: the secretariat changes them, nobody else does. */
@ExtendWith(ArquillianExtension.class)
class RegionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    RegionService regions;

    @Inject
    PartnerService partners;

    @Inject
    Fixtures fixtures;

    @Test
    void the_default_regions_hold_all_21_municipalities() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        List<RegionSummary> all = As.user(member, () -> regions.list());

        assertThat(all).hasSize(4);
        assertThat(all.stream().mapToInt(r -> r.municipalities().size()).sum()).isEqualTo(21);
    }

    @Test
    void secretariat_moves_a_municipality_and_renames_a_region_and_a_duplicate_name_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long hurdal = fixtures.partnerId("3242");
        RegionSummary target = As.user(secretariat, () -> regions.list()).stream()
                .filter(r -> !r.municipalities().contains("Hurdal")).findFirst().orElseThrow();
        RegionSummary other = As.user(secretariat, () -> regions.list()).stream()
                .filter(r -> r.id() != target.id()).findFirst().orElseThrow();

        As.user(secretariat, () -> regions.move(hurdal, target.id()));
        assertThat(As.user(secretariat, () -> partners.get(hurdal)).region()).isEqualTo(target.name());

        assertThatThrownBy(() -> As.user(secretariat, () -> regions.rename(target.id(), target.version(), other.name())))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("region.name.taken"));
        As.user(secretariat, () -> regions.rename(target.id(), target.version(), target.name() + " "));
        assertThat(As.user(secretariat, () -> partners.get(hurdal)).region()).isEqualTo(target.name());
    }

    @Test
    void a_municipal_administrator_cannot_change_regions() throws Exception {
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3242");
        RegionSummary any = As.user(admin, () -> regions.list()).get(0);

        assertThatThrownBy(() -> As.user(admin, () -> regions.rename(any.id(), any.version(), "Min region")))
                .isInstanceOf(EJBAccessException.class);
        assertThat(As.user(admin, () -> regions.list()).get(0).name()).isEqualTo(any.name());
    }
}
