package no.samhandling.security.control;

import no.samhandling.security.control.LoginAttempts.Attempt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts();

    @Test
    @DisplayName("Five wrong passwords make the sixth attempt wait 30 s; each further failure doubles it up to 15 minutes")
    void waits_grow_with_failures_and_are_bounded() {
        Attempt stranger = new Attempt("sekretariat", "203.0.113.9", false);
        Instant now = T0;
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.waitFor(stranger, now)).isEmpty();
            attempts.failed(stranger, now);
        }
        assertThat(attempts.waitFor(stranger, now)).contains(Duration.ofSeconds(30));
        now = now.plusSeconds(31);
        assertThat(attempts.waitFor(stranger, now)).as("the wait ends by itself").isEmpty();
        attempts.failed(stranger, now);
        assertThat(attempts.waitFor(stranger, now)).contains(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            attempts.failed(stranger, now);
        }
        assertThat(attempts.waitFor(stranger, now)).contains(Duration.ofMinutes(15));
        assertThat(attempts.locks(now)).singleElement().satisfies(l -> assertThat(l.username()).isEqualTo("sekretariat"));
    }

    @Test
    @DisplayName("A stranger's failures do not lock the user out where the user has signed in before")
    void a_stranger_cannot_lock_out_the_user() {
        Attempt user = new Attempt("kari", "10.0.0.5", false);
        Attempt device = new Attempt("kari", "198.51.100.7", true);
        Attempt stranger = new Attempt("kari", "203.0.113.9", false);
        attempts.succeeded(user, T0);
        for (int i = 0; i < 40; i++) {
            attempts.failed(stranger, T0.plusSeconds(i));
        }
        Instant now = T0.plusSeconds(60);

        assertThat(attempts.waitFor(stranger, now)).isPresent();
        assertThat(attempts.waitFor(user, now)).as("from the address of an earlier success").isEmpty();
        assertThat(attempts.waitFor(device, now)).as("with the browser's device cookie").isEmpty();
        assertThat(attempts.waitFor(new Attempt("ola", "203.0.113.9", false), now))
                .as("the stranger's address waits for every account after 30 failures").isPresent();
    }

    @Test
    @DisplayName("A success forgets the account's failures; the secretariat can unlock; failures leave the window after an hour")
    void locks_end() {
        Attempt stranger = new Attempt("Kari ", "203.0.113.9", false);
        for (int i = 0; i < 6; i++) {
            attempts.failed(stranger, T0);
        }
        assertThat(attempts.unlock("kari", T0)).isTrue();
        assertThat(attempts.waitFor(stranger, T0)).isEmpty();

        for (int i = 0; i < 6; i++) {
            attempts.failed(stranger, T0);
        }
        assertThat(attempts.waitFor(stranger, T0.plus(Duration.ofMinutes(61)))).isEmpty();
        attempts.succeeded(new Attempt("kari", "10.0.0.5", false), T0);
        assertThat(attempts.locks(T0)).isEmpty();
    }
}
