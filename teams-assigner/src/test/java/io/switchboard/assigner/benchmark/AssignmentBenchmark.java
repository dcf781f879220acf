package io.switchboard.assigner.benchmark;

import io.switchboard.assigner.support.Reservations;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.infra.EmbeddedGraphSimulator;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assignments per second for one tenant against the graph-simulator, clean and with 10 % of
 * assignNumber calls throttled (429, Retry-After 1 s). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -pl teams-assigner package -DskipTests
 * ./mvnw -q -pl teams-assigner dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * cd teams-assigner &amp;&amp; java -Xmx512m -Dbench.rps=3000 -Dbench.concurrency=256 \
 *     -cp "target/test-classes:target/classes:$(cat target/bench.cp)" io.switchboard.assigner.benchmark.AssignmentBenchmark 3000
 * </pre>
 *
 * The argument is the number of assignments per run (300). System properties: {@code bench.rps} and
 * {@code bench.concurrency} (the tenant budget, 50 and 8), {@code bench.operation-delay} (the simulated
 * tenant's operation delay, PT0.3S), {@code bench.throttled} (also run the 10 % throttled case, true),
 * {@code bench.warmup} (assignments of a first, separate run that lets the JIT settle, 0),
 * {@code bench.assigner-jvm-args} (extra JVM options of the assigner, e.g. a JFR recording) and
 * {@code bench.assigner-args} (extra {@code -D} settings of the assigner, space separated).
 *
 * <p>It starts the embedded Kafka and PostgreSQL, its own graph-simulator (with a request log big enough
 * to count every assignNumber), then the packaged teams-assigner as a child process (256 MB heap) with
 * the simulator tenants configured. Per run it prints assignments/s, the p50/p99 task latency (reservation
 * recorded until the task succeeded), CPU seconds of the assigner and the simulator, and the number of
 * assignNumber calls Graph accepted (must equal the number of assignments: never two for one task).
 */
public final class AssignmentBenchmark {

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String rps = System.getProperty("bench.rps", "50");
        String concurrency = System.getProperty("bench.concurrency", "8");
        String operationDelay = System.getProperty("bench.operation-delay", "PT0.3S");
        boolean withThrottled = Boolean.parseBoolean(System.getProperty("bench.throttled", "true"));
        int warmup = Integer.getInteger("bench.warmup", 0);
        String kafka = SharedInfra.kafka().bootstrapServers();
        EmbeddedPostgres postgres = SharedInfra.postgres();
        String database = SharedInfra.freshDatabase("assigner_bench");
        EmbeddedGraphSimulator simulatorProcess = EmbeddedGraphSimulator.start(Path.of("target/benchmark/graph-simulator"), 0,
                List.of("simulator.request-log-capacity=" + Math.max(20_000, count * 20), "simulator.seed.demo=false"));
        Runtime.getRuntime().addShutdownHook(new Thread(simulatorProcess::close));
        String simulator = simulatorProcess.baseUrl();

        List<Simulator> tenants = new ArrayList<>(List.of(seed(simulator, "bench-clean", count, operationDelay)));
        if (warmup > 0) {
            tenants.add(seed(simulator, "bench-warmup", warmup, operationDelay));
        }
        if (withThrottled) {
            Simulator throttled = seed(simulator, "bench-throttled", count, operationDelay);
            throttled.fault(Simulator.JSON.createObjectNode().put("kind", "THROTTLE").put("pathPattern", "teamsAdministration.assignNumber")
                    .put("probability", 0.1).put("retryAfterSeconds", 1));
            tenants.add(throttled);
        }

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(words(System.getProperty("bench.assigner-jvm-args", "")));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dkafka.bootstrap.servers=" + kafka,
                "-Dquarkus.datasource.username=" + EmbeddedPostgres.USER, "-Dquarkus.datasource.password=" + EmbeddedPostgres.PASSWORD,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(database),
                "-Dquarkus.oidc.tenant-enabled=false", "-Dswitchboard.assigner.reconciliation.import-on-start=false",
                "-Dswitchboard.assigner.retry.initial-delay=500ms"));
        command.addAll(words(System.getProperty("bench.assigner-args", "")));
        for (Simulator sim : tenants) {
            String prefix = "-Dswitchboard.assigner.tenants.\"" + sim.tenantId() + "\".";
            command.addAll(List.of(prefix + "client-id=" + sim.clientId(), prefix + "client-secret=" + sim.clientSecret(),
                    prefix + "token-base-url=" + simulator, prefix + "graph-base-url=" + simulator + "/v1.0",
                    prefix + "budget.requests-per-second=" + rps, prefix + "budget.concurrency=" + concurrency));
        }
        command.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        Path log = Files.createDirectories(Path.of("target/benchmark")).resolve("teams-assigner.log");
        Process assigner = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD)) {
            awaitHealthy(port);
            System.out.printf("teams-assigner benchmark: %d assignments per run, budget %s req/s, concurrency %s, operation delay %s, %d cores%n",
                    count, rps, concurrency, operationDelay, Runtime.getRuntime().availableProcessors());
            Measured measured = new Measured(assigner.toHandle(), ProcessHandle.of(simulatorProcess.pid()).orElseThrow(), db);
            if (warmup > 0) {
                run("warm-up", tenants.get(1), kafka, warmup, measured);
            }
            run("clean", tenants.get(0), kafka, count, measured);
            if (withThrottled) {
                Simulator throttled = tenants.get(tenants.size() - 1);
                run("10% throttled", throttled, kafka, count, measured);
                long throttles = throttled.requests("teamsAdministration.assignNumber").stream()
                        .filter(r -> r.path("status").asInt() == 429).count();
                System.out.printf("  (429 answers in the throttled run: %d)%n", throttles);
            }
        } finally {
            assigner.destroy();
            assigner.waitFor();
        }
        System.exit(0);
    }

    private static Simulator seed(String simulator, String prefix, int count, String operationDelay) {
        Simulator sim = Simulator.newTenant(simulator, prefix, "PT1S", operationDelay);
        sim.numbers("directRouting", "+14255600000", count);
        return sim;
    }

    private static void run(String name, Simulator sim, String kafka, int count, Measured measured) throws Exception {
        List<String> users = sim.generateUsers(count);
        List<SwitchboardEvent> reservations = new ArrayList<>();
        BigInteger first = new BigInteger("14255600000");
        for (int i = 0; i < count; i++) {
            reservations.add(Reservations.reserved(sim.tenantId(), users.get(i), "+" + first.add(BigInteger.valueOf(i)), NumberType.DIRECT_ROUTING));
        }
        Measured.Cpu before = measured.cpu();
        long started = System.nanoTime();
        Reservations.publish(kafka, reservations.toArray(SwitchboardEvent[]::new));
        TopicReader.await(kafka, Topics.TEAMS_ASSIGNMENTS, count, r -> r.key().startsWith(sim.tenantId() + "/")
                && EventCatalog.ASSIGNMENT_COMPLETED.ceType().equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)),
                Duration.ofMinutes(15));
        double seconds = (System.nanoTime() - started) / 1e9;
        Measured.Cpu used = measured.cpu().minus(before);
        long accepted = sim.requests("teamsAdministration.assignNumber").stream().filter(r -> r.path("status").asInt() == 202).count();
        double[] latency = measured.latencies(sim.tenantId());
        System.out.printf("  %-14s %5d assignments in %6.1f s = %6.1f assignments/s; task latency p50 %.2f s, p99 %.2f s"
                        + " (p50 until submitted %.2f s); tasks recorded within %.1f s; CPU s assigner %.1f, simulator %.1f; assignNumber accepted %d%n",
                name, count, seconds, count / seconds, latency[0], latency[1], latency[3], latency[2], used.assigner(), used.simulator(), accepted);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    /** CPU of the two processes and the task latencies the assigner recorded. */
    private record Measured(ProcessHandle assigner, ProcessHandle simulator, Connection db) {

        record Cpu(double assigner, double simulator) {
            Cpu minus(Cpu other) {
                return new Cpu(assigner - other.assigner, simulator - other.simulator);
            }
        }

        Cpu cpu() {
            return new Cpu(seconds(assigner), seconds(simulator));
        }

        private static double seconds(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
        }

        /**
         * p50 and p99 of a task's time from being recorded to success, the spread of the records (ingestion), and
         * the p50 of the time from being recorded to the (last) submission.
         */
        double[] latencies(String tenantId) throws Exception {
            try (var statement = db.prepareStatement("""
                    select percentile_cont(0.5) within group (order by extract(epoch from updated_at - first_seen_at)),
                           percentile_cont(0.99) within group (order by extract(epoch from updated_at - first_seen_at)),
                           extract(epoch from max(first_seen_at) - min(first_seen_at)),
                           percentile_cont(0.5) within group (order by extract(epoch from submitted_at - first_seen_at))
                    from assignment_task where tenant_id = ? and state = 'SUCCEEDED'""")) {
                statement.setString(1, tenantId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                }
            }
        }
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
