package no.samhandling.suite;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.util.logging.Logger;

/**
 * One deployment for every in-container test class of the run, instead of one per class: the first class deploys the
 * EAR with the tests ({@code Deployments.builtEarWithTests()}, the same for every class), the others are pointed at
 * it, and it is removed when the black-box tests take over ({@link SharedDeployment}) or before the server stops.
 * Arquillian's own deploy and undeploy events are intercepted; nothing else of Arquillian changes.
 */
public final class InContainerSuite implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(InContainerSuite.class.getName());

    /** What the first deploy answered, kept for the classes after it (one run, one JVM). */
    private static volatile Deployed deployed;

    record Deployed(String name, ProtocolMetaData protocol) {
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Interceptor.class);
    }

    /** Whether the suite's deployment is on the server now: then a class's own archive is never deployed. */
    public static boolean isDeployed() {
        return deployed != null;
    }

    /** Removes the suite's deployment from the server (the black-box tests deploy the EAR as built). */
    static synchronized void release() {
        Deployed current = deployed;
        if (current != null) {
            deployed = null;
            TestServerDeployments.remove(current.name());
        }
    }

    public static final class Interceptor {

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> deploymentDescription;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        /** Runs inside the deployment's context (a lower precedence than Arquillian's context handler). */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
            DeployDeployment event = context.getEvent();
            DeploymentDescription description = event.getDeployment().getDescription();
            if (!description.testable() || !description.isArchiveDeployment()) {
                context.proceed();
                return;
            }
            Deployed current = deployed;
            if (current == null) {
                long started = System.nanoTime();
                TestServerDeployments.remove(description.getArchive().getName()); // left in the configuration by a run that was stopped
                context.proceed();
                deployed = new Deployed(description.getArchive().getName(), protocolMetaData.get());
                LOG.info(() -> String.format("in-container tests deployed once for the run in %.1f s",
                        (System.nanoTime() - started) / 1e9));
                return;
            }
            protocolMetaData.set(current.protocol());
            deploymentDescription.set(description);
            deployment.set(event.getDeployment());
            event.getDeployment().deployed();
        }

        /** A class's end leaves the deployment for the next class. */
        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            DeploymentDescription description = context.getEvent().getDeployment().getDescription();
            if (!(description.testable() && description.isArchiveDeployment() && isDeployed())) {
                context.proceed();
            }
        }

        /** Before the test server stops: nothing of the run stays deployed in its configuration. */
        public void beforeStop(@Observes BeforeStop event) {
            release();
        }
    }
}
