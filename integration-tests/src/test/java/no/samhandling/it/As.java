package no.samhandling.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs test code as a signed-in user: authenticates through the real Elytron domain (the application's JDBC realm
 * with bcrypt), exactly as the login page does, and calls the services with that identity.
 */
public final class As {

    private As() {
    }

    public static <T> T user(String username, Callable<T> action) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain.authenticate(username, new PasswordGuessEvidence(Fixtures.PASSWORD.toCharArray()));
        return identity.runAs(action);
    }

    public static void user(String username, ThrowingRunnable action) throws Exception {
        user(username, () -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
