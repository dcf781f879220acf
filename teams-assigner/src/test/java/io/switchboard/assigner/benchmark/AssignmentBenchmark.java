package io.switchboard.assigner.benchmark;

import io.switchboard.assigner.support.Reservations;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.infra.EmbeddedPostgres;
import io.switchboard.infra.SharedInfra;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignments per second for one tenant against the graph-simulator, clean and with 10 % of
 * assignNumber calls throttled (429, Retry-After 1 s). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -pl teams-assigner package -DskipTests
 * ./mvnw -q -pl teams-assigner dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * cd teams-assigner &amp;&amp; java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
 *     io.switchboard.assigner.benchmark.AssignmentBenchmark 300
 * </pre>
 *
 * It starts the embedded Kafka, PostgreSQL and simulator, then the packaged teams-assigner as a
 * child process (256 MB heap) with the two simulator tenants configured (50 requests/s, 8 at a time).
 */
public final class AssignmentBenchmark {

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String kafka = SharedInfra.kafka().bootstrapServers();
        EmbeddedPostgres postgres = SharedInfra.postgres();
        String database = SharedInfra.freshDatabase("assigner_bench");
        String simulator = SharedInfra.graphSimulator().baseUrl();

        Simulator clean = seed(simulator, "bench-clean", count);
        Simulator throttled = seed(simulator, "bench-throttled", count);
        throttled.fault(Simulator.JSON.createObjectNode().put("kind", "THROTTLE").put("pathPattern", "teamsAdministration.assignNumber")
                .put("probability", 0.1).put("retryAfterSeconds", 1));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port, "-Dkafka.bootstrap.servers=" + kafka,
                "-Dquarkus.datasource.username=" + EmbeddedPostgres.USER, "-Dquarkus.datasource.password=" + EmbeddedPostgres.PASSWORD,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(database),
                "-Dquarkus.oidc.tenant-enabled=false", "-Dswitchboard.assigner.reconciliation.import-on-start=false",
                "-Dswitchboard.assigner.worker.operation-poll-interval=300ms", "-Dswitchboard.assigner.retry.initial-delay=500ms"));
        for (Simulator sim : List.of(clean, throttled)) {
            String prefix = "-Dswitchboard.assigner.tenants.\"" + sim.tenantId() + "\".";
            command.addAll(List.of(prefix + "client-id=" + sim.clientId(), prefix + "client-secret=" + sim.clientSecret(),
                    prefix + "token-base-url=" + simulator, prefix + "graph-base-url=" + simulator + "/v1.0",
                    prefix + "budget.requests-per-second=50", prefix + "budget.concurrency=8"));
        }
        command.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        Path log = Files.createDirectories(Path.of("target/benchmark")).resolve("teams-assigner.log");
        Process assigner = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitHealthy(port);
            System.out.printf("teams-assigner benchmark: %d assignments per tenant, budget 50 req/s, concurrency 8, operation delay 0.3 s%n", count);
            run("clean", clean, kafka, count);
            run("10% throttled", throttled, kafka, count);
            long throttles = throttled.requests("teamsAdministration.assignNumber").stream().filter(r -> r.path("status").asInt() == 429).count();
            System.out.printf("  (429 answers in the throttled run: %d)%n", throttles);
        } finally {
            assigner.destroy();
        }
        System.exit(0);
    }

    private static Simulator seed(String simulator, String prefix, int count) {
        Simulator sim = Simulator.newTenant(simulator, prefix, "PT1S");
        sim.numbers("directRouting", "+14255600000", count);
        return sim;
    }

    private static void run(String name, Simulator sim, String kafka, int count) {
        List<String> users = sim.generateUsers(count);
        List<SwitchboardEvent> reservations = new ArrayList<>();
        BigInteger first = new BigInteger("14255600000");
        for (int i = 0; i < count; i++) {
            reservations.add(Reservations.reserved(sim.tenantId(), users.get(i), "+" + first.add(BigInteger.valueOf(i)), NumberType.DIRECT_ROUTING));
        }
        long started = System.nanoTime();
        Reservations.publish(kafka, reservations.toArray(SwitchboardEvent[]::new));
        TopicReader.await(kafka, Topics.TEAMS_ASSIGNMENTS, count, r -> r.key().startsWith(sim.tenantId() + "/")
                && io.switchboard.events.EventCatalog.ASSIGNMENT_COMPLETED.ceType().equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)),
                Duration.ofMinutes(15));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %-14s %5d assignments in %6.1f s = %6.1f assignments/s%n", name, count, seconds, count / seconds);
    }

    private static void awaitHealthy(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("teams-assigner did not become ready; see target/benchmark/teams-assigner.log");
    }
}
