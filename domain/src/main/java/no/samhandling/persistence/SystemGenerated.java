package no.samhandling.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that only the system writes — a random identifier, a hash — never what a person typed or an archive
 * sent. {@link PatientDataGuard} still checks its length, but does not read it for identity numbers: the hexadecimal
 * digits of a random UUID spell a number with valid control digits about once in 3,700 identifiers, and an archived
 * change makes one per recipient, so the guard refused about one change in 170 at random.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SystemGenerated {
}
