package no.samhandling.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Objects;

/**
 * The deployment of every in-container test: the EAR the build produced, unchanged, with the test classes and their
 * libraries added to its web module (which sees the services and the domain, as the pages do). It is deployed once
 * for all in-container classes ({@code no.samhandling.suite.InContainerSuite}); the black-box tests share one
 * deployment of the EAR as it is ({@code no.samhandling.suite.SharedDeployment}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive builtEarWithTests() {
        if (no.samhandling.suite.InContainerSuite.isDeployed()) {
            // every in-container class shares the first one's deployment: this archive is never deployed
            return ShrinkWrap.create(EnterpriseArchive.class, "samhandling.ear");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("samhandling.ear")));
        WebArchive web = ShrinkWrap.create(ZipImporter.class, "web.war").importFrom(exportedWar(ear)).as(WebArchive.class);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "samhandling-it.jar")
                .addPackages(true, "no.samhandling.it")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        web.addAsLibrary(tests);
        for (File library : Objects.requireNonNull(new File(System.getProperty("samhandling.testLibs")).listFiles())) {
            web.addAsLibrary(library);
        }
        ear.delete("web.war");
        ear.addAsModule(web);
        return ear;
    }

    private static File exportedWar(EnterpriseArchive ear) {
        File war = new File(new File(System.getProperty("samhandling.ear")).getParentFile(), "web-original.war");
        ear.getAsType(WebArchive.class, "web.war").as(ZipExporter.class)
                .exportTo(war, true);
        return war;
    }
}
