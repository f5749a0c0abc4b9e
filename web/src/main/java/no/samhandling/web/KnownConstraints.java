package no.samhandling.web;

import no.samhandling.rules.RuleViolation;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database's unique keys that guard a rule, and the rule each guards. The services check each rule before they
 * write, but two requests at once can both pass the check; the unique key then refuses the second at commit, and that
 * refusal is answered as the rule's own (422 and its translated message), not as a failure of the server.
 */
final class KnownConstraints {

    /** PostgreSQL's and H2's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Constraint → rule id; the message key is {@code duplicate.<constraint>}. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("agreement_review_once", "R-AGR-6"),
            Map.entry("agreement_signature_once", "R-AGR-3"),
            Map.entry("agreement_consultation_once", "R-AGR-2"),
            Map.entry("archive_receipt_once", "R-AGR-5"),
            Map.entry("change_notice_ack_once", "R-INFO-1"),
            Map.entry("annual_report_year", "R-PUB-1"),
            Map.entry("action_plan_year", "R-PUB-1"),
            Map.entry("newsletter_issue", "R-PUB-1"),
            Map.entry("fund_budget_year", "R-COST-1"),
            Map.entry("agenda_item_once", "INPUT"),
            Map.entry("meeting_attendance_once", "INPUT"),
            Map.entry("conflict_of_interest_once", "INPUT"),
            Map.entry("region_name_unique", "INPUT"),
            Map.entry("body_code_unique", "INPUT"),
            Map.entry("community_party_unique", "INPUT"));

    /**
     * Numbers given under a row lock (case and dispute numbers) and archive sequence numbers: should two ever meet,
     * the change is answered as a concurrent one (409: try again on fresh data).
     */
    private static final java.util.Set<String> CONCURRENT = java.util.Set.of("archive_outbox_sequence",
            "case_number_unique", "dispute_number");

    private KnownConstraints() {
    }

    /** The rule a unique violation in the chain stands for, as the violation the service would have thrown. */
    static Optional<RuleViolation> ruleOf(Throwable t) {
        return constraintOf(t).filter(RULES::containsKey)
                .map(name -> new RuleViolation(RULES.get(name), "duplicate." + name));
    }

    /** A unique violation of a number two concurrent writers took. */
    static boolean isConcurrentNumber(Throwable t) {
        return constraintOf(t).filter(CONCURRENT::contains).isPresent();
    }

    /** The known constraint a unique violation names (the drivers name it in the message, in any case). */
    private static Optional<String> constraintOf(Throwable t) {
        if (!(t instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return Optional.empty();
        }
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.concat(RULES.keySet().stream(), CONCURRENT.stream())
                .filter(name -> message.contains(name)).findFirst();
    }
}
