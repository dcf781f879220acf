package io.switchboard.infra;

import io.switchboard.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's infrastructure as one process: a real Kafka broker and a real PostgreSQL with
 * one database per service, data kept under the stack directory between runs. Started by
 * {@code ./switchboard up}; stops both servers cleanly on SIGTERM.
 *
 * <pre>java -cp ... io.switchboard.infra.LocalInfra --dir .switchboard --kafka-port 19092 --postgres-port 15432 [--fresh] --databases a,b</pre>
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(option(args, "--dir", ".switchboard")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(option(args, "--kafka-port", "19092"));
        int postgresPort = Integer.parseInt(option(args, "--postgres-port", "15432"));
        boolean fresh = List.of(args).contains("--fresh");
        List<String> databases = List.of(option(args, "--databases", "").split(","));

        EmbeddedPostgres postgres = EmbeddedPostgres.start(dir.resolve("postgres"), postgresPort, !fresh);
        databases.stream().filter(d -> !d.isBlank()).forEach(postgres::createDatabase);
        EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), kafkaPort);
        kafka.createTopics(Topics.all());

        List<String> env = new ArrayList<>();
        env.add("KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers());
        env.add("POSTGRES_PORT=" + postgres.port());
        Files.write(dir.resolve("infra.env"), env);
        System.out.println("infrastructure ready: kafka " + kafka.bootstrapServers() + ", postgresql 127.0.0.1:" + postgres.port());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-infra-stop"));
        stopped.await();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
