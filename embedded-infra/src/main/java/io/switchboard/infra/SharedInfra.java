package io.switchboard.infra;

import io.switchboard.events.Topics;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Kafka broker and one PostgreSQL server per JVM, started on first use and stopped when the
 * JVM exits, so every test of a module shares them. Their files go under {@code target/embedded-infra}.
 */
public final class SharedInfra {

    private static final Path ROOT = Path.of(System.getProperty("switchboard.infra.dir", "target/embedded-infra"))
            .toAbsolutePath().resolve("jvm-" + ProcessHandle.current().pid());
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedKafka kafka;
    private static EmbeddedPostgres postgres;
    private static EmbeddedGraphSimulator graphSimulator;

    private SharedInfra() {
    }

    /** The shared broker, with every Switchboard topic created. */
    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(ROOT.resolve("kafka"), 0);
            kafka.createTopics(Topics.all());
            EmbeddedKafka started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-kafka-stop"));
        }
        return kafka;
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgres.start(ROOT.resolve("postgres"), 0, false);
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-postgres-stop"));
        }
        return postgres;
    }

    /** The shared graph-simulator process (empty: each test creates its own tenant through {@code /_simulator}). */
    public static synchronized EmbeddedGraphSimulator graphSimulator() {
        if (graphSimulator == null) {
            graphSimulator = EmbeddedGraphSimulator.start(ROOT.resolve("graph-simulator"), 0, java.util.List.of());
            EmbeddedGraphSimulator started = graphSimulator;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "graph-simulator-stop"));
        }
        return graphSimulator;
    }

    /** A new, empty database on the shared server, so each application start sees clean tables. */
    public static String freshDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        postgres().createDatabase(name);
        return name;
    }
}
