package no.samhandling.archive.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final RetryPolicy TWO = new RetryPolicy(2, Duration.ofSeconds(10), Duration.ofMinutes(1));

    @Test
    void a_failed_try_waits_then_the_last_parks_the_row_and_a_resend_starts_over() {
        OutboxMessage message = new OutboxMessage(1L, 2L, "decision.recorded", "Case", 3L, 1, "<x/>", NOW);

        message.sendFailed(NOW, "no queue for archive k9999", TWO);
        assertThat(message.getFailures()).isEqualTo(1);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(message.isParked()).isFalse();

        message.sendFailed(NOW.plusSeconds(10), "AMQ229102: Address is full", TWO);
        assertThat(message.isParked()).isTrue();
        assertThat(message.getParkedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(message.getNextAttemptAt()).isNull();
        assertThat(message.getLastFailure()).isEqualTo("AMQ229102: Address is full");

        message.resend();
        assertThat(message.isParked()).isFalse();
        assertThat(message.getFailures()).isZero();
        assertThat(message.getLastFailure()).isNull();
        assertThat(message.duplicateDetectionId()).as("a new broker id").endsWith("#1");
    }

    @Test
    void a_long_failure_is_kept_to_the_columns_length() {
        OutboxMessage message = new OutboxMessage(1L, 2L, "decision.recorded", "Case", 3L, 1, "<x/>", NOW);
        message.sendFailed(NOW, "x".repeat(2_000), TWO);
        assertThat(message.getLastFailure()).hasSize(500);
    }
}
