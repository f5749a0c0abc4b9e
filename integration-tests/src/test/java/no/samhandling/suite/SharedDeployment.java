package no.samhandling.suite;

import org.jboss.as.controller.client.ModelControllerClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
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

        private final ModelControllerClient client;

        private Deployed(ModelControllerClient client) {
            this.client = client;
        }

        static Deployed now() {
            long started = System.nanoTime();
            InContainerSuite.release();
            try {
                ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 9990);
                DeploymentManager.create(client)
                        .forceDeploy(Deployment.of(Path.of(System.getProperty("samhandling.ear"))).setName(NAME))
                        .assertSuccess();
                LOG.info(() -> String.format("built EAR deployed once for the black-box tests in %.1f s",
                        (System.nanoTime() - started) / 1e9));
                return new Deployed(client);
            } catch (IOException e) {
                throw new UncheckedIOException("the built EAR could not be deployed to the test server", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                DeploymentManager.create(client).undeploy(UndeployDescription.of(NAME).setFailOnMissing(false));
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "the shared deployment could not be removed (server already stopped?): " + e);
            } finally {
                client.close();
            }
        }
    }
}
