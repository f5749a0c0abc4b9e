package no.samhandling.user.control;

import no.samhandling.rules.RuleViolation;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * bcrypt in modular-crypt form ({@code $2y$10$…}), the format WildFly Elytron's JDBC realm reads with its
 * modular-crypt mapper. The same Elytron classes that verify at login create the hash here.
 */
public final class PasswordHasher {

    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(String password) {
        if (password == null || password.length() < PasswordPolicy.MINIMUM_LENGTH) {
            throw RuleViolation.invalidField("password", "user.password.tooShort", PasswordPolicy.MINIMUM_LENGTH);
        }
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            PasswordFactory factory = factory();
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt unavailable", e);
        }
    }

    public static boolean matches(String password, String modularCrypt) {
        if (password == null || modularCrypt == null) {
            return false;
        }
        try {
            return factory().verify(factory().translate(ModularCrypt.decode(modularCrypt)), password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}
