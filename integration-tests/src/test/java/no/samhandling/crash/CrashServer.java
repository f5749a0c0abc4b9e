package no.samhandling.crash;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A WildFly of its own, beside the test server: the provisioned server with a separate base directory (own database,
 * journal, deployments, logs) and a port offset, started as a plain java process so that {@link #kill()} is a real
 * SIGKILL of the JVM, not of a shell. The crash test uses it, and the sign-in through an identity provider, which
 * needs a server started with other system properties.
 */
public final class CrashServer implements AutoCloseable {

    static final int PORT_OFFSET = 100;
    static final String APP = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/samhandling/";

    private final Path home;
    private final Path base;
    private final Map<String, String> environment;
    private final int portOffset;
    private final List<String> systemProperties;
    private Process process;

    CrashServer(Path home, Path base, Map<String, String> environment) {
        this(home, base, environment, PORT_OFFSET, List.of());
    }

    /** A server at {@code 8080 + portOffset}, started with these {@code -Dname=value} properties besides the demo's. */
    public CrashServer(Path home, Path base, Map<String, String> environment, int portOffset,
                       List<String> systemProperties) {
        this.home = home;
        this.base = base;
        this.environment = environment;
        this.portOffset = portOffset;
        this.systemProperties = systemProperties;
    }

    /** The application's root URL on this server, ending in a slash. */
    public String app() {
        return "http://127.0.0.1:" + (8080 + portOffset) + "/samhandling/";
    }

    /**
     * Copies the provisioned configuration, without what the test server has deployed through its management
     * interface meanwhile (its deployments are kept in standalone.xml), and deploys the EAR.
     */
    public void prepare(Path ear) throws IOException {
        copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Path config = base.resolve("configuration/standalone.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/samhandling.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xms128m", "-Xmx512m", "-Djava.net.preferIPv4Stack=true",
                "-Djboss.home.dir=" + home, "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dorg.jboss.boot.log.file=" + base.resolve("log/server.log"),
                "-Dlogging.configuration=file:" + base.resolve("configuration/logging.properties"),
                "-Dsamhandling.demo=true"));
        command.addAll(systemProperties);
        command.addAll(List.of(
                "-jar", home.resolve("jboss-modules.jar").toString(),
                "-mp", home.resolve("modules").toString(),
                "org.jboss.as.standalone",
                "-Djboss.home.dir=" + home, "-Djboss.server.base.dir=" + base));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitUp(Duration.ofSeconds(180));
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM), so the database file can be read afterwards. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public Path base() {
        return base;
    }

    private void awaitUp(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("crash server died at start, see " + base.resolve("console.log"));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(app() + "public/index.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("crash server not up within " + limit);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static Path pathOf(String property) {
        return new File(System.getProperty(property)).toPath().toAbsolutePath().normalize();
    }
}
