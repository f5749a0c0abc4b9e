package no.samhandling.suite;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that reaches the application only from outside (HTTP, a browser, a remote JMS client), against the EAR as
 * the build made it. All such classes share one deployment ({@link SharedDeployment}) and run after the in-container
 * classes ({@link RandomWithBlackBoxLast}); Arquillian still starts the one test server of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ArquillianExtension.class, SharedDeployment.class})
public @interface BlackBox {
}
