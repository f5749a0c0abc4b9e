package no.samhandling.archive.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void the_wait_doubles_from_the_first_delay_up_to_the_longest() {
        RetryPolicy policy = new RetryPolicy(12, Duration.ofSeconds(10), Duration.ofHours(1));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(policy.delayAfter(10)).as("5,120 s is more than an hour").isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1_000)).as("no overflow").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_row_is_parked_after_its_attempts_and_then_has_no_next_attempt() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(4));

        assertThat(policy.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(1));
        assertThat(policy.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(policy.parks(2)).isFalse();
        assertThat(policy.parks(3)).isTrue();
        assertThat(policy.nextAttempt(3, NOW)).isNull();
    }

    @Test
    void the_default_tries_for_about_four_hours() {
        Duration total = Duration.ZERO;
        for (int failures = 1; !RetryPolicy.DEFAULT.parks(failures); failures++) {
            total = total.plus(RetryPolicy.DEFAULT.delayAfter(failures));
        }
        assertThat(total).isBetween(Duration.ofHours(3), Duration.ofHours(5));
    }

    @Test
    void a_policy_that_would_never_wait_or_never_try_is_refused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
