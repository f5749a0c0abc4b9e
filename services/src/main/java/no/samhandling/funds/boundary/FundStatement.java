package no.samhandling.funds.boundary;

import no.samhandling.funds.entity.SpendingKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * R-COST-1: the shared administrative funds of a year — budget (null when none is set), what was spent, the balance,
 * and every spending with the decision that allowed it.
 */
public record FundStatement(int year, BigDecimal budget, Long budgetVersion, BigDecimal spent, BigDecimal balance,
                            List<Line> lines) implements java.io.Serializable {

    public record Line(long id, LocalDate spentOn, BigDecimal amount, String purpose, SpendingKind kind,
                       String decision, Long decisionCaseId, String recordedBy) implements java.io.Serializable {
    }
}
