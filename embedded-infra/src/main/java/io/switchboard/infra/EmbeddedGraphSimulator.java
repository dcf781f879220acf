package io.switchboard.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The graph-simulator as a real child process (the packaged Quarkus app), so services are tested
 * over HTTP exactly as they talk to Microsoft Graph. The jar is found at
 * {@code graph-simulator/target/quarkus-app/quarkus-run.jar} in this or a parent directory, or at
 * the path in system property {@code switchboard.graph-simulator.jar}.
 */
public final class EmbeddedGraphSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedGraphSimulator.class.getName());
    private static final String JAR = "graph-simulator/target/quarkus-app/quarkus-run.jar";

    private final Process process;
    private final String baseUrl;

    private EmbeddedGraphSimulator(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the simulator; extra {@code -Dkey=value} settings may be passed as {@code systemProperties}. */
    public static EmbeddedGraphSimulator start(Path directory, int port, List<String> systemProperties) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(directory);
            int httpPort = port == 0 ? EmbeddedKafka.freePort() : port;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + httpPort, "-Dquarkus.http.host=127.0.0.1"));
            command.addAll(systemProperties.stream().map(p -> p.startsWith("-D") ? p : "-D" + p).toList());
            command.addAll(List.of("-jar", locateJar().toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("graph-simulator.log").toFile()).start();
            EmbeddedGraphSimulator simulator = new EmbeddedGraphSimulator(process, "http://127.0.0.1:" + httpPort);
            simulator.awaitReady(Duration.ofSeconds(90), directory);
            LOG.info(() -> "graph-simulator ready at " + simulator.baseUrl + " in " + Duration.between(started, Instant.now()).toMillis() + " ms");
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the graph-simulator", e);
        }
    }

    /** e.g. {@code http://127.0.0.1:41234}; Graph is under {@code /v1.0}, tokens under {@code /{tenant}/oauth2/v2.0/token}. */
    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    static Path locateJar() {
        String configured = System.getProperty("switchboard.graph-simulator.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(JAR);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(JAR + " not found: package the graph-simulator module first (./mvnw -pl graph-simulator package)");
    }

    private void awaitReady(Duration timeout, Path directory) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("graph-simulator exited with " + process.exitValue() + "; see " + directory.resolve("graph-simulator.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("graph-simulator not ready after " + timeout + "; see " + directory.resolve("graph-simulator.log"));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
