package no.samhandling.suite;

import org.jboss.as.controller.client.ModelControllerClient;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Deployments on the test server through its management interface (WildFly's own deployment client), for what
 * Arquillian does not deploy itself, or cannot undeploy outside its container context.
 */
final class TestServerDeployments {

    private TestServerDeployments() {
    }

    /** Deploys the file under the name, replacing a deployment of that name. */
    static void deploy(Path file, String name) {
        try (ModelControllerClient client = client()) {
            DeploymentManager.create(client).forceDeploy(Deployment.of(file).setName(name)).assertSuccess();
        } catch (IOException e) {
            throw new UncheckedIOException("the deployment " + name + " could not be made", e);
        }
    }

    /** Removes the deployment, if the server has it. */
    static void remove(String name) {
        try (ModelControllerClient client = client()) {
            DeploymentManager manager = DeploymentManager.create(client);
            if (manager.hasDeployment(name)) {
                manager.undeploy(UndeployDescription.of(name)).assertSuccess();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the deployment " + name + " could not be removed", e);
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("127.0.0.1", 9990);
    }
}
