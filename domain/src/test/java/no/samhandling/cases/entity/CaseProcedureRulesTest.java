package no.samhandling.cases.entity;

import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.BodyKind;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Person;
import no.samhandling.body.entity.Position;
import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case rules that need no container: steps, consequences, authority, consensus, paper deadlines, follow-up. */
class CaseProcedureRulesTest {

    static final LocalDate START = LocalDate.of(2024, 9, 12);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final Body ssu = Body.of("SSU", "SSU", BodyKind.STRATEGIC_COMMITTEE, START, null);
    final Body au = Body.of("AU", "AU", BodyKind.WORKING_COMMITTEE, START, null);

    @Test
    @DisplayName("R-CASE-1: a case starts at step 1, cannot be decided there, and goes to step 2 once discussed")
    void R_CASE_1_a_case_starts_at_step_1_cannot_be_decided_there_and_goes_to_step_2_once_discussed() {
        CaseFile file = described(ssu, false);

        assertThat(file.getStep()).isEqualTo(CaseStep.DISCUSSION);
        assertThatThrownBy(file::requireDecidable).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.ruleId()).isEqualTo("R-CASE-1"));
        file.discussed();
        assertThat(file.getStep()).isEqualTo(CaseStep.DECISION);
        assertThatThrownBy(file::discussed).isInstanceOf(RuleViolation.class);
        file.decided();
        assertThat(file.getStatus()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    @DisplayName("R-CASE-1: where proposals differ the alternatives are stated, and step 2 needs a proposal")
    void R_CASE_1_where_proposals_differ_the_alternatives_are_stated_and_step_2_needs_a_proposal() {
        CaseFile file = new CaseFile(null, ssu, 2026, 1, "Sak", null, TODAY);

        assertThatThrownBy(() -> file.describe("Sak", null, "Forslag", true, " ", false, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-1"));
        file.describe("Sak", null, null, false, null, false, null);
        file.discussed();
        assertThatThrownBy(file::requireReadyForAgenda)
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("case.proposal.required"));
        file.describe("Sak", null, "Forslag A", true, "Alternativ B: vente ett år", false, null);
        file.requireReadyForAgenda();
        assertThat(file.getAlternatives()).isEqualTo("Alternativ B: vente ett år");
    }

    @Test
    @DisplayName("R-CASE-2: no agenda without a consequences statement; consequences that exist are described")
    void R_CASE_2_no_agenda_without_a_consequences_statement_consequences_that_exist_are_described() {
        CaseFile file = new CaseFile(null, ssu, 2026, 2, "Sak", null, TODAY);

        assertThatThrownBy(file::requireReadyForAgenda)
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-2"));
        assertThatThrownBy(() -> file.describe("Sak", null, "Forslag", false, null, true, ""))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-2"));
        file.describe("Sak", null, "Forslag", false, null, false, null);
        file.requireReadyForAgenda();
        assertThat(file.hasConsequences()).isFalse();
    }

    @Test
    @DisplayName("R-CASE-4: AU cannot decide a case with consequences; it is referred to SSU as a new case there")
    void R_CASE_4_au_cannot_decide_a_case_with_consequences_it_is_referred_to_ssu_as_a_new_case_there() {
        CaseFile withConsequences = described(au, true);
        withConsequences.discussed();
        CaseFile without = described(au, false);
        without.discussed();

        assertThatThrownBy(withConsequences::requireDecidable)
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-4"));
        without.requireDecidable();
        assertThatThrownBy(() -> withConsequences.referTo(au, 9, TODAY)).isInstanceOf(RuleViolation.class);
        CaseFile inSsu = withConsequences.referTo(ssu, 7, TODAY);
        assertThat(withConsequences.getStatus()).isEqualTo(CaseStatus.REFERRED);
        assertThat(inSsu.getBody()).isSameAs(ssu);
        assertThat(inSsu.number()).isEqualTo("7/2026");
        assertThat(inSsu.getConsequences()).isEqualTo(withConsequences.getConsequences());
        assertThat(inSsu.getReferredFrom()).isSameAs(withConsequences);
    }

    @Test
    @DisplayName("R-CASE-5: SSU decides only with both parties deciding and nobody objecting; disqualified members do not count")
    void R_CASE_5_ssu_decides_only_with_both_parties_deciding_and_nobody_objecting_disqualified_members_do_not_count() {
        var hospital = new Consensus.DecidingSeat(1, "Helseforetak", Party.HOSPITAL);
        var municipality = new Consensus.DecidingSeat(2, "Kommune", Party.MUNICIPALITIES);
        var deputy = new Consensus.DecidingSeat(3, "Vara kommune", Party.MUNICIPALITIES);

        assertThat(Consensus.check(BodyKind.STRATEGIC_COMMITTEE, List.of(hospital, municipality), Set.of(), Set.of()))
                .containsExactly(hospital, municipality);
        assertThatThrownBy(() -> Consensus.check(BodyKind.STRATEGIC_COMMITTEE, List.of(hospital, municipality),
                Set.of(), Set.of(2L))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-CASE-5");
                    assertThat(v.messageKey()).isEqualTo("decision.consensus.missing");
                    assertThat(v.arguments()).containsExactly("Kommune");
                });
        assertThatThrownBy(() -> Consensus.check(BodyKind.PARTNERSHIP_MEETING, List.of(hospital, municipality),
                Set.of(2L), Set.of())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("decision.consensus.partiesMissing"));
        assertThat(Consensus.check(BodyKind.STRATEGIC_COMMITTEE, List.of(hospital, municipality, deputy), Set.of(2L),
                Set.of(2L))).as("a disqualified member's objection does not block").containsExactly(hospital, deputy);
        assertThat(Consensus.check(BodyKind.WORKING_COMMITTEE, List.of(hospital), Set.of(), Set.of()))
                .as("AU decides without the consensus rule").containsExactly(hospital);
    }

    @Test
    @DisplayName("R-CASE-3: papers are due 14 days before the meeting in Oslo; late ones are flagged unless excepted")
    void R_CASE_3_papers_are_due_14_days_before_the_meeting_in_oslo_late_ones_are_flagged_unless_excepted() {
        Instant meeting = Instant.parse("2026-12-09T23:30:00Z"); // 10 December 00:30 in Oslo
        LocalDate due = LocalDate.of(2026, 11, 26);

        assertThat(PaperDeadline.dueOn(meeting)).isEqualTo(due);
        assertThat(PaperDeadline.status(List.of(due), meeting, due.plusDays(3), false)).isEqualTo(PaperStatus.IN_TIME);
        assertThat(PaperDeadline.status(List.of(), meeting, due, false)).isEqualTo(PaperStatus.DUE);
        assertThat(PaperDeadline.status(List.of(), meeting, due.plusDays(1), false)).isEqualTo(PaperStatus.LATE);
        assertThat(PaperDeadline.status(List.of(due.minusDays(20), due.plusDays(1)), meeting, due.plusDays(2), false))
                .as("a paper after the due day makes the set late").isEqualTo(PaperStatus.LATE);
        assertThat(PaperDeadline.status(List.of(due.plusDays(1)), meeting, due.plusDays(2), true))
                .isEqualTo(PaperStatus.EXCEPTION);
        assertThat(PaperStatus.LATE.keepsOnAgenda()).isFalse();
        assertThat(PaperStatus.EXCEPTION.keepsOnAgenda()).isTrue();
    }

    @Test
    @DisplayName("R-CASE-6: a follow-up action has a responsible party and a due day not before the decision, overdue after it")
    void R_CASE_6_a_follow_up_action_has_a_responsible_party_and_a_due_day_not_before_the_decision_overdue_after_it() {
        CaseFile file = described(ssu, false);
        file.discussed();
        Decision decision = new Decision(new AgendaItem(), "Vedtatt", TODAY, "sekretariat");

        assertThatThrownBy(() -> new FollowUpAction(null, decision, "Rapportere", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-6"));
        FollowUpAction action = new FollowUpAction(null, decision, "Rapportere", new no.samhandling.partner.entity.Partner(no.samhandling.partner.entity.PartnerKind.MUNICIPALITY, "Lillestrøm", "3205"), TODAY.plusDays(30));
        assertThat(action.isOverdueOn(TODAY.plusDays(30))).isFalse();
        assertThat(action.isOverdueOn(TODAY.plusDays(31))).isTrue();
        action.report(FollowUpStatus.DONE, "Rapport levert", TODAY.plusDays(31));
        assertThat(action.isOverdueOn(TODAY.plusDays(40))).isFalse();
        assertThat(action.getCompletedOn()).isEqualTo(TODAY.plusDays(31));
        assertThatThrownBy(() -> new FollowUpAction(null, decision, "For tidlig", new no.samhandling.partner.entity.Partner(no.samhandling.partner.entity.PartnerKind.MUNICIPALITY, "Lillestrøm", "3205"),
                TODAY.minusDays(1))).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("R-CASE-7: GP input only from a general practitioner and only on a case SSU handles")
    void R_CASE_7_gp_input_only_from_a_general_practitioner_and_only_on_a_case_ssu_handles() {
        Person gp = new Person(null, "Fastlege", null, null, Position.GENERAL_PRACTITIONER, null, null);
        Person adviser = new Person(null, "Rådgiver", null, null, Position.COOPERATION_ADVISER, null, null);

        CaseInput input = new CaseInput(described(ssu, false), gp, "Innspill fra fastlegene", TODAY, "sekretariat");
        assertThat(input.getText()).isEqualTo("Innspill fra fastlegene");
        assertThatThrownBy(() -> new CaseInput(described(au, false), gp, "Innspill", TODAY, "sekretariat"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-7"));
        assertThatThrownBy(() -> new CaseInput(described(ssu, false), adviser, "Innspill", TODAY, "sekretariat"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-CASE-7"));
    }

    private CaseFile described(Body body, boolean consequences) {
        CaseFile file = new CaseFile(null, body, 2026, 1, "Sak", null, TODAY);
        file.describe("Sak", "Bakgrunn", "Forslag til vedtak", false, null, consequences,
                consequences ? "Økte kostnader for kommunene" : null);
        return file;
    }
}
