package no.samhandling.funds.entity;

import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundSpendingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 2);

    private static FundSpending spend(String amount, String spentBefore, String budget) {
        return new FundSpending(null, DAY, new BigDecimal(amount), "Fagdag", SpendingKind.PROFESSIONAL_DAY, null,
                new BigDecimal(spentBefore), budget == null ? null : new BigDecimal(budget), "au", Instant.EPOCH);
    }

    @Test
    @DisplayName("R-COST-1: within the budget no decision is needed, to the last krone")
    void R_COST_1_within_the_budget_no_decision_is_needed() {
        assertThat(spend("4000", "6000", "10000").getAmount()).isEqualByComparingTo("4000");
    }

    @Test
    @DisplayName("R-COST-1: beyond the budget, or without one, a decision is needed")
    void R_COST_1_beyond_the_budget_or_without_one_a_decision_is_needed() {
        assertThatThrownBy(() -> spend("4000.01", "6000", "10000"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-COST-1");
                    assertThat(v.field()).isEqualTo("decisionId");
                });
        assertThatThrownBy(() -> spend("1", "0", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-COST-1"));
    }

    @Test
    void an_amount_must_be_above_zero() {
        assertThatThrownBy(() -> spend("0", "0", "100"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("amount"));
    }
}
