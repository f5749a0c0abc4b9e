package no.samhandling.funds.boundary;

import no.samhandling.funds.entity.SpendingKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Spending from the shared funds as recorded: day, amount, purpose, kind, and the decision that allowed it (if any). */
public record NewSpending(LocalDate spentOn, BigDecimal amount, String purpose, SpendingKind kind, Long decisionId) implements java.io.Serializable {
}
