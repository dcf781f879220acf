package io.switchboard.infra;

import io.switchboard.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) running as a child JVM from
 * the {@code kafka_2.13} Maven artifacts. Ports are free ports on 127.0.0.1; the data lives in the
 * given directory. {@link #close()} stops the broker cleanly (and forcibly if it hangs).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class.getName());
    private static final String CLASSPATH_RESOURCE = "io/switchboard/infra/kafka-broker.classpath";

    private final Process process;
    private final String bootstrapServers;
    private final Path directory;

    private EmbeddedKafka(Process process, String bootstrapServers, Path directory) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.directory = directory;
    }

    /**
     * Starts a broker whose data and logs live under {@code directory}. With {@code port} 0 a free
     * port is chosen; a fixed port lets the local stack keep the same address across restarts.
     */
    public static EmbeddedKafka start(Path directory, int port) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(directory);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            Path logDir = directory.resolve("data");
            Path config = directory.resolve("server.properties");
            Files.writeString(config, serverProperties(brokerPort, controllerPort, logDir));
            Path log4j = directory.resolve("log4j2.properties");
            Files.writeString(log4j, log4jProperties(directory.resolve("broker.log")));
            String classpath = brokerClasspath();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                run(javaCommand(classpath, log4j, "kafka.tools.StorageTool", "format",
                        "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                        "-c", config.toString(), "--ignore-formatted"), directory.resolve("format.log"));
            }
            Process broker = new ProcessBuilder(javaCommand(classpath, log4j, "kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("broker.out").toFile())
                    .start();
            String bootstrap = "127.0.0.1:" + brokerPort;
            EmbeddedKafka kafka = new EmbeddedKafka(broker, bootstrap, directory);
            kafka.awaitReady(Duration.ofSeconds(90));
            LOG.info(() -> "Kafka broker ready at " + bootstrap + " in " + Duration.between(started, Instant.now()).toMillis() + " ms");
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker in " + directory, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path directory() {
        return directory;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates the topics that do not exist yet, with their partition counts and cleanup policy. */
    public void createTopics(Collection<Topics.TopicSpec> topics) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topics.TopicSpec spec : topics) {
                if (!existing.contains(spec.name())) {
                    NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) 1);
                    if (spec.compacted()) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics", e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics", e);
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(props);
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + directory.resolve("broker.out"));
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        close();
        throw new IllegalStateException("Kafka broker not ready after " + timeout + "; see " + directory.resolve("broker.out"), last);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String brokerClasspath() throws IOException {
        try (InputStream in = EmbeddedKafka.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the kafka-broker-runtime module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static List<String> javaCommand(String classpath, Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command, Path output) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("Kafka storage format failed; see " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "log.dirs=" + logDir,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=8388608",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "") ;
    }

    private static String log4jProperties(Path logFile) {
        return String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + logFile,
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = %d %p %c{1} %m%n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.file.ref = file",
                "");
    }
}
