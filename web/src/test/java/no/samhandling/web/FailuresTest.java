package no.samhandling.web;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failure that reached a page or the API is answered as (issue 20, point 5). */
class FailuresTest {

    @Test
    void a_conflict_found_at_commit_is_a_conflict_though_the_rollback_carries_it_only_as_suppressed() {
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new OptimisticLockException("Row was updated or deleted by another transaction"));
        EJBTransactionRolledbackException thrown = new EJBTransactionRolledbackException("rolled back", rollback);

        Throwable cause = Failures.cause(thrown);

        assertThat(Failures.isConflict(cause)).as(String.valueOf(cause)).isTrue();
    }

    @Test
    @DisplayName("R-AGR-6: a unique key that guards a rule refused the second of two at once: answered as the rule")
    void R_AGR_6_a_unique_violation_of_the_yearly_review_key_is_answered_as_the_rule() {
        SQLException postgres = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"agreement_review_once\"", "23505");
        Throwable cause = Failures.cause(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException("could not execute statement", postgres)));

        assertThat(cause).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.ruleId()).isEqualTo("R-AGR-6");
            assertThat(v.messageKey()).isEqualTo("duplicate.agreement_review_once");
        });
    }

    @Test
    void h2_names_the_constraint_by_its_index_and_is_understood_alike() {
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.REGION_NAME_UNIQUE_INDEX_8 ON "
                + "PUBLIC.REGION(COMMUNITY_ID NULLS FIRST, NAME NULLS FIRST) VALUES ( /* 1 */ 1, 'Øst' )\"", "23505");
        assertThat(Failures.cause(new PersistenceException(h2))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("duplicate.region_name_unique"));
    }

    @Test
    void numbers_two_writers_took_at_once_are_a_conflict_and_an_unknown_key_stays_unknown() {
        SQLException sequence = new SQLException("duplicate key value violates unique constraint "
                + "\"archive_outbox_sequence\"", "23505");
        assertThat(Failures.isConflict(Failures.cause(new PersistenceException(sequence)))).isTrue();

        SQLException other = new SQLException("duplicate key value violates unique constraint \"something_else\"",
                "23505");
        Throwable cause = Failures.cause(new PersistenceException(other));
        assertThat(Failures.known(cause)).isFalse();
        assertThat(cause).isNotInstanceOf(RuleViolation.class);
    }
}
