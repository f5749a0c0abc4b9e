package no.samhandling.suite;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Deploys the built EAR once for every {@link BlackBox} class of the run, through the test server's management
 * interface, and removes it when the run ends (so that the next in-container deployment, or the next run, finds the
 * server as it was).
 */
public final class SharedDeployment implements BeforeAllCallback {

    static final String NAME = "samhandling.ear";
    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDeployment.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Deployed.class, key -> Deployed.now(), Deployed.class);
    }

    /** The one deployment; closed by JUnit when the run's root context closes. */
    static final class Deployed implements AutoCloseable {

        static Deployed now() {
            long started = System.nanoTime();
            InContainerSuite.release();
            TestServerDeployments.deploy(Path.of(System.getProperty("samhandling.ear")), NAME);
            LOG.info(() -> String.format("built EAR deployed once for the black-box tests in %.1f s",
                    (System.nanoTime() - started) / 1e9));
            return new Deployed();
        }

        @Override
        public void close() {
            try {
                TestServerDeployments.remove(NAME);
            } catch (RuntimeException e) {
                LOG.warning(() -> "the shared deployment could not be removed (server already stopped?): " + e);
            }
        }
    }
}
