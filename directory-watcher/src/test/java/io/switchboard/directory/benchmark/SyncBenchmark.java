package io.switchboard.directory.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.events.EventJson;
import io.switchboard.events.Topics;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.EmbeddedKafka;
import io.switchboard.infra.EmbeddedPostgres;
import io.switchboard.infra.SharedInfra;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Not a test. Measures (1) the initial sync of N users (default 100,000) from the graph-simulator into
 * events on Kafka, and (2) the delay from a directory change to its event, polling only and with change
 * notifications. Uses the packaged watcher and simulator as child processes, real Kafka and PostgreSQL.
 *
 * <pre>
 * see README.md, "Benchmark"
 * </pre>
 */
public final class SyncBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Path work = Path.of("target/benchmark").toAbsolutePath();
    private final EmbeddedKafka kafka = SharedInfra.kafka();
    private final EmbeddedPostgres postgres = SharedInfra.postgres();
    private final String database = SharedInfra.freshDatabase("bench");
    private final String tenant = UUID.randomUUID().toString();
    private final String secret = "bench-" + UUID.randomUUID();
    private String simulator;
    private Process simulatorProcess;

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SyncBenchmark bench = new SyncBenchmark();
        try {
            bench.run(users, samples);
        } finally {
            bench.close();
        }
        System.exit(0);
    }

    private void run(int users, int samples) throws Exception {
        Files.createDirectories(work);
        startSimulator();
        Instant seeding = Instant.now();
        seedTenant(users);
        System.out.printf("simulator tenant with %,d users seeded in %d s%n", users, Duration.between(seeding, Instant.now()).toSeconds());

        // Phase 1: polling only (30 s interval, the default)
        Process watcher = startWatcher(null);
        Instant started = Instant.now();
        awaitSql("select rounds_completed from tenant_sync where tenant_id = '" + tenant + "'", 1, Duration.ofMinutes(60));
        Duration synced = Duration.between(started, Instant.now());
        awaitSql("select count(*) from outbox where tenant_id = '" + tenant + "' and published_at is not null", users, Duration.ofMinutes(30));
        Duration published = Duration.between(started, Instant.now());
        System.out.printf("initial sync of %,d users: snapshot+outbox committed after %.1f s (%,.0f users/s), all JOINED on Kafka after %.1f s%n",
                users, synced.toMillis() / 1000.0, users / (synced.toMillis() / 1000.0), published.toMillis() / 1000.0);
        List<Duration> polling = latencies(samples, "poll");
        stop(watcher);

        // Phase 2: the same watcher with change notifications
        int port = freePort();
        watcher = startWatcher(port);
        awaitSql("select count(*) from tenant_sync where subscription_id is not null and tenant_id = '" + tenant + "'", 1, Duration.ofMinutes(5));
        List<Duration> notified = latencies(samples, "notify");
        stop(watcher);
        System.out.printf("change → event, polling only (30 s):   %s%n", summary(polling));
        System.out.printf("change → event, change notifications:  %s%n", summary(notified));
    }

    /** Changes one user's city {@code samples} times and measures until its MOVED event is on Kafka. */
    private List<Duration> latencies(int samples, String label) throws Exception {
        String userId = JSON.readTree(graph("GET", "/users?$top=1&$select=id", null)).path("value").get(0).path("id").asText();
        List<Duration> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (int i = 0; i < samples; i++) {
                String city = label + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
                Instant changed = Instant.now();
                graph("PATCH", "/users/" + userId, JSON.createObjectNode().put("city", city));
                out.add(awaitMoved(consumer, userId, city, changed));
            }
        }
        return out;
    }

    private Duration awaitMoved(KafkaConsumer<String, String> consumer, String userId, String city, Instant since) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                if (record.key().equals(tenant + "/" + userId)) {
                    UserChanged event = EventJson.read(record.value(), UserChanged.class);
                    if (event.changeType() == UserChangeType.MOVED && city.equals(event.user().city())) {
                        return Duration.between(since, Instant.now());
                    }
                }
            }
        }
        throw new IllegalStateException("no MOVED event for " + userId + " within 3 minutes");
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DIRECTORY_USER_CHANGES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private void startSimulator() throws Exception {
        int port = freePort();
        simulator = "http://127.0.0.1:" + port;
        Path jar = Path.of(System.getProperty("switchboard.graph-simulator.jar", "target/graph-simulator/quarkus-app/quarkus-run.jar"));
        simulatorProcess = new ProcessBuilder(java(), "-Xmx1500m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port,
                "-Dsimulator.seed.demo=false", "-Dquarkus.log.level=WARN", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("graph-simulator.log").toFile()).start();
        awaitHttp(simulator + "/q/health/ready");
    }

    private void seedTenant(int users) throws Exception {
        ObjectNode seed = JSON.createObjectNode().put("id", tenant);
        seed.putObject("settings").put("deltaPageSize", 999);
        var apps = seed.putArray("apps");
        apps.addObject().put("clientId", "watcher").put("clientSecret", secret).putArray("roles").add("User.Read.All").add("Organization.Read.All");
        apps.addObject().put("clientId", "admin").put("clientSecret", secret).putArray("roles").add("User.ReadWrite.All");
        ObjectNode generate = seed.putObject("generateUsers").put("count", users);
        generate.putArray("licences").addObject().put("share", 0.6).putArray("skus").add("SPE_E5");
        send(HttpRequest.newBuilder(URI.create(simulator + "/_simulator/tenants")).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(seed))).build());
    }

    private Process startWatcher(Integer notificationPort) throws Exception {
        int port = notificationPort == null ? freePort() : notificationPort;
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port, "-Dquarkus.oidc.tenant-enabled=false", "-Dquarkus.log.console.json.enabled=false",
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.datasource.username=" + EmbeddedPostgres.USER, "-Dquarkus.datasource.password=" + EmbeddedPostgres.PASSWORD,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database), "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(database),
                "-Dswitchboard.directory.graph-base-url=" + simulator + "/v1.0", "-Dswitchboard.directory.token-base-url=" + simulator,
                "-Dswitchboard.directory.tenants.bench.tenant-id=" + tenant, "-Dswitchboard.directory.tenants.bench.client-id=watcher",
                "-Dswitchboard.directory.tenants.bench.client-secret=" + secret));
        if (notificationPort != null) {
            command.add("-Dswitchboard.directory.notifications.url=http://127.0.0.1:" + port + "/api/notifications/users");
            command.add("-Dswitchboard.directory.notifications.check-every=1s");
        }
        command.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("directory-watcher.log").toFile())).start();
        awaitHttp("http://127.0.0.1:" + port + "/q/health/ready");
        return process;
    }

    private String graph(String method, String path, JsonNode body) throws Exception {
        String form = "grant_type=client_credentials&client_id=admin&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(simulator + "/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build()))
                .path("access_token").asText();
        return send(HttpRequest.newBuilder(URI.create(simulator + "/v1.0" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private long sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void awaitSql(String query, long atLeast, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (sql(query) < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + query + " >= " + atLeast);
            }
            Thread.sleep(200);
        }
    }

    private static void awaitHttp(String url) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " not ready within 3 minutes");
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String summary(List<Duration> samples) {
        List<Long> ms = samples.stream().map(Duration::toMillis).sorted().toList();
        return String.format("n=%d min %.2f s, median %.2f s, max %.2f s", ms.size(), ms.get(0) / 1000.0, ms.get(ms.size() / 2) / 1000.0,
                ms.get(ms.size() - 1) / 1000.0);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void close() throws InterruptedException {
        if (simulatorProcess != null) {
            stop(simulatorProcess);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
