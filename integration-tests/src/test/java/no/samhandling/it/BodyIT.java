package no.samhandling.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samhandling.body.boundary.BodyDetails;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodySummary;
import no.samhandling.body.boundary.DeviationLine;
import no.samhandling.body.boundary.GpInvolvement;
import no.samhandling.body.boundary.MyOffices;
import no.samhandling.body.boundary.NewCommittee;
import no.samhandling.body.boundary.LeadershipLine;
import no.samhandling.body.boundary.MemberLine;
import no.samhandling.body.boundary.NewMember;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.body.entity.SeatType;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.StaleVersion;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bodies and their composition. Tests seat their members in a term far in the future, different in every run, and
 * look at the body on a day of that term: today's composition stays as the installation has it.
 */
@ExtendWith(ArquillianExtension.class)
class BodyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    BodyService bodies;

    @Inject
    Fixtures fixtures;

    @Test
    @DisplayName("R-BODY-8: the older structure stays in history beside the current bodies")
    void R_BODY_8_the_older_structure_stays_in_history_beside_the_current_bodies() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        List<BodySummary> all = As.user(member, () -> bodies.list());

        assertThat(all).filteredOn(BodySummary::current).extracting(BodySummary::code).contains("PM", "SSU", "AU");
        assertThat(all).filteredOn(b -> !b.current()).extracting(BodySummary::code)
                .containsExactlyInAnyOrder("ASU", "SU", "LSF", "FAGRAD");
        assertThat(all).filteredOn(b -> b.code().equals("ASU")).singleElement()
                .satisfies(b -> assertThat(b.validTo()).isEqualTo(LocalDate.of(2024, 9, 12)));
    }

    @Test
    @DisplayName("R-BODY-3: the default ssu shows its prescribed composition with every empty seat flagged")
    void R_BODY_3_the_default_ssu_shows_its_prescribed_composition_with_every_empty_seat_flagged() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        BodyDetails ssu = As.user(member, () -> bodies.get(bodyId("SSU"), LocalDate.of(2026, 11, 25)));

        assertThat(ssu.deviations()).allMatch(d -> d.ruleId().equals("R-BODY-3"));
        assertThat(ssu.deviations()).filteredOn(d -> d.key().equals("composition.region.fixedSeats"))
                .extracting(d -> d.arguments().get(0))
                .containsExactlyInAnyOrder("Øvre Romerike", "Nedre Romerike", "Follo", "Kongsvingerregionen");
        assertThat(ssu.deviations()).extracting(DeviationLine::key)
                .contains("composition.ks.missing", "composition.userRepresentative.missing", "composition.seats");
    }

    @Test
    @DisplayName("R-BODY-5: the default au flags its missing positions")
    void R_BODY_5_the_default_au_flags_its_missing_positions() throws Exception {
        String member = fixtures.user(Role.MEMBER, null);

        BodyDetails au = As.user(member, () -> bodies.get(bodyId("AU"), LocalDate.of(2026, 11, 25)));

        assertThat(au.deviations()).extracting(d -> d.arguments().get(1))
                .contains("HEAD_OF_HEALTH_SERVICES", "COOPERATION_COORDINATOR", "HEAD_OF_COOPERATION_DEPARTMENT",
                        "COOPERATION_ADVISER");
        assertThat(au.deviations()).allMatch(d -> d.ruleId().equals("R-BODY-5"));
    }

    @Test
    @DisplayName("R-BODY-3: seating ks as observer and a user representative removes those deviations")
    void R_BODY_3_seating_ks_as_observer_and_a_user_representative_removes_those_deviations() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long ssu = bodyId("SSU");
        LocalDate from = futureDay();
        String observer = "KS Observatør " + Fixtures.unique();
        String userRepresentative = "Bruker Representant " + Fixtures.unique();

        As.user(secretariat, () -> bodies.addMember(ssu, member(version(secretariat, ssu), observer,
                Position.OTHER, Party.OTHER, null, fixtures.invitedOrganisationId("KS"), SeatType.OBSERVER, null, from)));
        As.user(secretariat, () -> bodies.addMember(ssu, member(version(secretariat, ssu), userRepresentative,
                Position.USER_REPRESENTATIVE, Party.OTHER, null, null, SeatType.USER_REPRESENTATIVE, null, from)));

        BodyDetails then = As.user(secretariat, () -> bodies.get(ssu, from.plusDays(1)));
        assertThat(then.members()).as("other tests may have seated open-ended members before")
                .extracting(MemberLine::personName).contains(observer, userRepresentative);
        assertThat(then.deviations()).extracting(DeviationLine::key)
                .doesNotContain("composition.ks.missing", "composition.userRepresentative.missing");
    }

    @Test
    void bad_terms_deputies_overlaps_and_stale_screens_are_refused_and_nothing_is_written() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        long au = bodyId("AU");
        LocalDate from = futureDay();
        MemberLine first = As.user(secretariat, () -> bodies.addMember(au, member(version(secretariat, au),
                "Kari Koordinator", Position.COOPERATION_COORDINATOR, Party.MUNICIPALITIES, null, null, SeatType.FIXED,
                null, from)));
        long stale = version(secretariat, au) - 1;
        long before = fixtures.count("SELECT COUNT(m) FROM Membership m WHERE m.body.id = ?1", au);

        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.addMember(au, new NewMember(version(secretariat, au),
                first.personId(), null, null, null, null, null, Party.MUNICIPALITIES, null, null, SeatType.FIXED,
                first.personId(), from.plusYears(5), null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("deputy"));
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.addMember(au, new NewMember(version(secretariat, au),
                null, "Ny Person", null, Position.COOPERATION_ADVISER, null, null, Party.HOSPITAL, null, null,
                SeatType.FIXED, null, from, from.minusDays(1)))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("termTo"));
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.addMember(au, new NewMember(version(secretariat, au),
                first.personId(), null, null, null, null, null, Party.MUNICIPALITIES, null, null, SeatType.FIXED,
                null, from.plusDays(10), null))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("membership.term.overlaps"));
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.addMember(au, member(stale, "Sen Skjerm",
                Position.COOPERATION_ADVISER, Party.HOSPITAL, null, null, SeatType.FIXED, null, from))))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> As.user(admin, () -> bodies.addMember(au, member(version(secretariat, au), "Ikke Lov",
                Position.COOPERATION_ADVISER, Party.HOSPITAL, null, null, SeatType.FIXED, null, from))))
                .isInstanceOf(EJBAccessException.class);

        assertThat(fixtures.count("SELECT COUNT(m) FROM Membership m WHERE m.body.id = ?1", au)).isEqualTo(before);
        assertThat(fixtures.count("SELECT COUNT(p) FROM Person p WHERE p.fullName IN ('Ny Person', 'Sen Skjerm', 'Ikke Lov')")).isZero();
    }

    @Test
    void the_api_lists_bodies_and_refuses_a_bad_member_with_a_problem() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long ssu = bodyId("SSU");

        assertThat(Http.get("api/bodies", secretariat, PASSWORD).body()).contains("\"code\":\"SSU\"");
        var bad = Http.post("api/bodies/" + ssu + "/members", secretariat, PASSWORD, "application/json",
                "{\"bodyVersion\":" + version(secretariat, ssu) + ",\"fullName\":\"X\",\"position\":\"OTHER\","
                        + "\"party\":\"OTHER\",\"seatType\":\"OBSERVER\",\"termFrom\":\"2030-01-02\",\"termTo\":\"2030-01-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"termTo\"");
        assertThat(Http.get("api/bodies/" + ssu + "?on=not-a-date", secretariat, PASSWORD).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-BODY-2: ssu leadership takes the proposed alternating term and refuses a leader of the wrong position")
    void R_BODY_2_ssu_leadership_takes_the_proposed_alternating_term_and_refuses_a_leader_of_the_wrong_position() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long ssu = bodyId("SSU");
        BodyDetails before = As.user(secretariat, () -> bodies.get(ssu, null));
        Party party = before.nextLeadership() == null ? Party.HOSPITAL : before.nextLeadership().party();
        LocalDate from = before.nextLeadership() == null ? LocalDate.of(2100, 1, 1) : before.nextLeadership().termFrom();
        LocalDate to = from.plusYears(2).minusDays(1);
        long wrong = fixtures.person("Feil Stilling " + Fixtures.unique(), Position.COOPERATION_ADVISER);
        long right = fixtures.person("Riktig Leder " + Fixtures.unique(),
                party == Party.HOSPITAL ? Position.HOSPITAL_CEO : Position.MUNICIPAL_CHIEF_EXECUTIVE);

        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.appointLeader(ssu, before.body().version(), wrong,
                party, from, to)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-BODY-2"));
        As.user(secretariat, () -> bodies.appointLeader(ssu, before.body().version(), right, party, from, to));

        BodyDetails after = As.user(secretariat, () -> bodies.get(ssu, from));
        assertThat(after.leadership()).filteredOn(LeadershipLine::current).singleElement().satisfies(t -> {
            assertThat(t.party()).isEqualTo(party);
            assertThat(t.secretaryParty()).as("the secretary role follows the leadership").isEqualTo(party);
        });
        assertThat(after.nextLeadership().party()).isNotEqualTo(party);
        assertThat(after.nextLeadership().termFrom()).isEqualTo(to.plusDays(1));
    }

    @Test
    @DisplayName("R-BODY-6: ssu mandates a professional committee whose composition is then checked")
    void R_BODY_6_ssu_mandates_a_professional_committee_whose_composition_is_then_checked() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String admin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        String name = "Faglig samarbeidsutvalg " + Fixtures.unique();

        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.createProfessionalCommittee(new NewCommittee(name,
                null, " ", LocalDate.of(2025, 3, 1), true))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("mandateText"));
        assertThatThrownBy(() -> As.user(admin, () -> bodies.createProfessionalCommittee(new NewCommittee(name,
                null, "Mandat", LocalDate.of(2025, 3, 1), true)))).isInstanceOf(EJBAccessException.class);
        BodySummary committee = As.user(secretariat, () -> bodies.createProfessionalCommittee(new NewCommittee(name,
                "Professional committee", "Felles retningslinjer for utskrivning.", LocalDate.of(2025, 3, 1), true)));

        assertThat(committee.level()).isEqualTo(3);
        assertThat(committee.mandateText()).isEqualTo("Felles retningslinjer for utskrivning.");
        assertThat(fixtures.count("SELECT COUNT(b) FROM Body b WHERE b.nameNb = ?1", name)).isEqualTo(1);
        BodyDetails details = As.user(secretariat, () -> bodies.get(committee.id(), null));
        assertThat(details.deviations()).extracting(DeviationLine::key).contains("composition.committee.hospital",
                "composition.committee.gp", "composition.userRepresentative.missing");
        assertThat(details.deviations()).allMatch(d -> d.ruleId().equals("R-BODY-6"));
    }

    @Test
    @DisplayName("R-BODY-7: gp involvement is shown per level and a gp seat makes a level involved")
    void R_BODY_7_gp_involvement_is_shown_per_level_and_a_gp_seat_makes_a_level_involved() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        BodySummary committee = As.user(secretariat, () -> bodies.createProfessionalCommittee(new NewCommittee(
                "Fagråd " + Fixtures.unique(), null, "Mandat", LocalDate.of(2025, 3, 1), false)));

        As.user(secretariat, () -> bodies.addMember(committee.id(), new NewMember(committee.version(), null,
                "Fastlege " + Fixtures.unique(), null, Position.GENERAL_PRACTITIONER, null, null, Party.OTHER, null, null,
                SeatType.GP_REPRESENTATIVE, null, LocalDate.of(2025, 3, 1), null)));

        List<GpInvolvement> levels = As.user(secretariat, () -> bodies.gpInvolvement());
        assertThat(levels).extracting(GpInvolvement::level).containsExactly(1, 2, 3);
        assertThat(levels.get(2).involved()).isTrue();
        assertThat(levels.get(2).bodies()).contains(committee.code());
        assertThat(As.user(secretariat, () -> bodies.get(committee.id(), null)).deviations())
                .extracting(DeviationLine::key).doesNotContain("composition.committee.gp");
    }

    @Test
    @DisplayName("R-BODY-1: a partnership meeting planned outside January and February is flagged as soon as it is planned")
    void R_BODY_1_a_partnership_meeting_planned_outside_january_and_february_is_flagged_when_planned() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        int year = 2035 + ThreadLocalRandom.current().nextInt(20);
        JsonObject may = plannedPartnershipMeeting(secretariat, year + "-05-10");
        JsonObject february = plannedPartnershipMeeting(secretariat, year + "-02-10");

        assertThat(may.getBoolean("outsideSeason")).as("May, planned years ahead").isTrue();
        assertThat(february.getBoolean("outsideSeason")).as("February").isFalse();
        JsonObject read = Json.createReader(new java.io.StringReader(Http.get("api/meetings/" + may.getJsonNumber("id"),
                secretariat, PASSWORD).body())).readObject();
        assertThat(read.getBoolean("outsideSeason")).as("read again").isTrue();
    }

    private JsonObject plannedPartnershipMeeting(String secretariat, String day) throws Exception {
        HttpResponse<String> created = Http.post("api/meetings", secretariat, PASSWORD, "application/json",
                "{\"bodyId\":" + bodyId("PM") + ",\"title\":\"Partnerskapsmøte " + day + " " + Fixtures.unique()
                        + "\",\"startsAt\":\"" + day + "T10:00:00\",\"place\":\"Lillestrøm\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.createReader(new java.io.StringReader(created.body())).readObject();
    }

    @Test
    @DisplayName("R-BODY-1: the partnership meeting is chaired by ssus leader and only the ceo and chief executives decide")
    void R_BODY_1_the_partnership_meeting_is_chaired_by_ssus_leader_and_only_the_ceo_and_chief_executives_decide() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long ssu = bodyId("SSU");
        BodyDetails before = As.user(secretariat, () -> bodies.get(ssu, null));
        Party party = before.nextLeadership() == null ? Party.HOSPITAL : before.nextLeadership().party();
        LocalDate from = before.nextLeadership() == null ? LocalDate.of(2100, 1, 1) : before.nextLeadership().termFrom();
        String leaderName = "Leder " + Fixtures.unique();
        long leader = fixtures.person(leaderName, party == Party.HOSPITAL ? Position.HOSPITAL_CEO : Position.MUNICIPAL_CHIEF_EXECUTIVE);
        As.user(secretariat, () -> bodies.appointLeader(ssu, before.body().version(), leader, party, from,
                from.plusYears(2).minusDays(1)));

        BodyDetails pm = As.user(secretariat, () -> bodies.get(bodyId("PM"), from.plusMonths(4)));

        assertThat(pm.partnershipMeeting().chair()).isEqualTo(leaderName);
        assertThat(pm.partnershipMeeting().decidingPositions()).containsExactly("HOSPITAL_CEO", "MUNICIPAL_CHIEF_EXECUTIVE");
        assertThat(pm.partnershipMeeting().invited()).contains("KS", "Statsforvalteren", "Helse Sør-Øst RHF");
        assertThat(pm.partnershipMeeting().parts()).hasSize(2);
    }

    @Test
    void a_member_sees_their_own_bodies_and_terms() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        long au = bodyId("AU");
        As.user(secretariat, () -> bodies.addMember(au, new NewMember(version(secretariat, au), null, "Meg Selv",
                null, Position.OTHER, member + "@example.org", null, Party.OTHER, null, null, SeatType.OBSERVER, null,
                LocalDate.of(2025, 1, 1), null)));

        MyOffices mine = As.user(member, () -> bodies.mine());

        assertThat(mine.offices()).singleElement().satisfies(o -> {
            assertThat(o.bodyNameNb()).contains("AU");
            assertThat(o.current()).isTrue();
            assertThat(o.membership().seatType()).isEqualTo(SeatType.OBSERVER);
        });
        assertThat(As.user(secretariat, () -> bodies.mine()).offices()).isEmpty();
    }

    @Test
    void a_term_is_ended_on_its_last_day_and_not_before_it_began() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long au = bodyId("AU");
        LocalDate from = futureDay();
        MemberLine member = As.user(secretariat, () -> bodies.addMember(au, new NewMember(version(secretariat, au),
                null, "Snart Ferdig " + Fixtures.unique(), null, Position.COOPERATION_ADVISER, null, null,
                Party.HOSPITAL, null, null, SeatType.FIXED, null, from, null)));

        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.endMembership(member.id(), member.version(),
                from.minusDays(1))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("termTo"));
        MemberLine ended = As.user(secretariat, () -> bodies.endMembership(member.id(), member.version(), from.plusDays(30)));

        assertThat(ended.termTo()).isEqualTo(from.plusDays(30));
        assertThat(As.user(secretariat, () -> bodies.get(au, from.plusDays(31))).members())
                .extracting(MemberLine::id).doesNotContain(member.id());
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.endMembership(member.id(), member.version(),
                from.plusDays(10)))).isInstanceOf(StaleVersion.class);
    }

    @Test
    void the_secretariat_corrects_a_person_and_a_stale_screen_or_an_empty_name_is_refused() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long person = fixtures.person("Feilstavet Navn " + Fixtures.unique(), Position.OTHER);
        long version = As.user(secretariat, () -> bodies.getPerson(person)).version();

        var corrected = As.user(secretariat, () -> bodies.updatePerson(person, version, "Riktig Navn",
                Position.CLINIC_DIRECTOR, "riktig@ahus.example.org", null));

        assertThat(corrected.fullName()).isEqualTo("Riktig Navn");
        assertThat(corrected.position()).isEqualTo(Position.CLINIC_DIRECTOR);
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.updatePerson(person, version, "Gammel Skjerm",
                Position.OTHER, null, null))).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> As.user(secretariat, () -> bodies.updatePerson(person, corrected.version(), " ",
                Position.OTHER, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("fullName"));
        assertThat(As.user(secretariat, () -> bodies.getPerson(person)).fullName()).isEqualTo("Riktig Navn");
    }

    private long bodyId(String code) throws Exception {
        return fixtures.count("SELECT b.id FROM Body b WHERE b.code = ?1 AND b.community.code = 'ahus'", code);
    }

    private long version(String user, long bodyId) throws Exception {
        return As.user(user, () -> bodies.get(bodyId, null)).body().version();
    }

    private static LocalDate futureDay() {
        return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
    }

    private static NewMember member(long bodyVersion, String name, Position position, Party party, Long regionId,
                                    Long invitedOrganisationId, SeatType seat, Long deputyId, LocalDate from) {
        return new NewMember(bodyVersion, null, name, null, position, null, null, party, regionId, invitedOrganisationId,
                seat, deputyId, from, from.plusYears(2));
    }
}
