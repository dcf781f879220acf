package io.switchboard.presence.bench;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.Topics;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.SimulatedTenant;
import io.switchboard.presence.support.WebhookReceiver;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire does not pick up *Benchmark): run with
 * {@code ./mvnw -B -pl presence-bridge test -Dtest=PresenceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints platform → Teams latency (platform observation to Graph's setPresence answer) at 1,000
 * and 5,000 events/s, and Teams → platform detection delay (Teams change to webhook arrival) for 50,000 users.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "bench", roles = {"operator", "tenant:*"})
@TestProfile(PresenceBenchmark.ProductionSettings.class)
class PresenceBenchmark {

    /**
     * The production defaults for sessions and Graph threads: the %test values (a session refreshed
     * every 6 s, 8 threads) exist for the refresh tests and would make 5,000 users cost ~800 extra
     * setPresence calls a second. A profile restarts Quarkus; fine, the benchmark runs alone.
     */
    public static class ProductionSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.presence.session.expiration", "PT15M", "switchboard.presence.session.refresh-ahead", "PT2M",
                    "switchboard.presence.session.refresh-every", "5s", "switchboard.presence.graph.threads", "32",
                    "switchboard.presence.subscriptions.tenants.\"" + SYNC_TENANT + "\".username", SYNC_ACCOUNT,
                    "switchboard.presence.subscriptions.tenants.\"" + SYNC_TENANT + "\".password", SYNC_PASSWORD,
                    "switchboard.presence.subscriptions.safety-net-interval", "PT60S",
                    "switchboard.presence.subscriptions.lifetime", "PT55M", "switchboard.presence.subscriptions.renew-before", "PT10M");
        }
    }

    private static final String SYNC_TENANT = "t-bench-sync";
    private static final String SYNC_ACCOUNT = "presence-sync@t-bench-sync.example.com";
    private static final String SYNC_PASSWORD = "bench-sync-password-1";
    private static final String[] STATES = {"in_call", "available", "away", "presenting", "do_not_disturb"};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "switchboard.test.graph-simulator.url")
    String simulatorUrl;
    @Inject
    MeterRegistry metrics;

    @Test
    void platformToTeams() throws Exception {
        int users = Integer.getInteger("bench.users", 5000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        for (String r : System.getProperty("bench.rates", "1000,5000").split(",")) {
            int rate = Integer.parseInt(r.trim());
            SimulatedTenant tenant = SimulatedTenant.create(simulatorUrl, List.of());
            List<String> ids = tenant.generateUsers(users, 1);
            Bridge bridge = new Bridge(bootstrapServers);
            bridge.platform(tenant.id(), "bench", "EMAIL", "PRIMARY", List.of());
            joinAll(tenant.id(), ids);
            awaitAllMatched(tenant.id(), ids.size());
            Instant started = Instant.now();
            int sent = produceAtRate(tenant.id(), ids, rate, seconds);
            Duration sending = Duration.between(started, Instant.now());
            Timer lag = settled(tenant.id());
            System.out.printf("%nBENCH platform->Teams at %d events/s (%d users, %d events sent in %.1f s): Graph calls answered for %d (rest coalesced), p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    rate, users, sent, sending.toMillis() / 1000.0, lag.count(), pct(lag, 0.5), pct(lag, 0.99), lag.max(TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void teamsToPlatformDetection() throws Exception {
        detection(SimulatedTenant.create(simulatorUrl, List.of()), "by polling");
    }

    /** The same with delegated presence subscriptions; the poll only runs every 60 s as the safety net. */
    @Test
    void teamsToPlatformDetectionWithSubscriptions() throws Exception {
        detection(SimulatedTenant.withSyncAccount(simulatorUrl, SYNC_TENANT, List.of(), SYNC_ACCOUNT, SYNC_PASSWORD), "with subscriptions");
    }

    private void detection(SimulatedTenant tenant, String how) throws Exception {
        int users = Integer.getInteger("bench.outbound-users", 50_000);
        int samples = Integer.getInteger("bench.samples", 30);
        List<String> ids = new ArrayList<>();
        for (int done = 0; done < users; done += 10_000) {
            ids.addAll(tenant.generateUsers(Math.min(10_000, users - done), done + 1));
        }
        try (WebhookReceiver hook = new WebhookReceiver()) {
            Bridge bridge = new Bridge(bootstrapServers);
            bridge.platform(tenant.id(), "bench", "EMAIL", "PRIMARY", List.of(hook.url()));
            joinAll(tenant.id(), ids);
            awaitAllMatched(tenant.id(), ids.size());
            Instant initial = Instant.now();
            await().atMost(Duration.ofMinutes(10)).until(() -> hook.deliveries().size() >= users);
            System.out.printf("%nBENCH initial sync of %d users delivered in %.1f s%n", users, Duration.between(initial, Instant.now()).toMillis() / 1000.0);
            if (tenant.id().equals(SYNC_TENANT)) {
                Instant subscribing = Instant.now();
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> io.restassured.RestAssured.given()
                        .get("/api/tenants/{t}/presence-subscriptions", tenant.id()).jsonPath().getBoolean("allUsersCovered"));
                System.out.printf("BENCH %d users covered by presence subscriptions in %.1f s%n", users,
                        Duration.between(subscribing, Instant.now()).toMillis() / 1000.0);
            }
            Random random = new Random(7);
            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                String user = ids.get(random.nextInt(ids.size()));
                int before = hook.states(user).size();
                Instant changedAt = Instant.now();
                tenant.teamsSets(user, "Busy", "InACall");
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> hook.states(user).size() > before);
                delays.add(Duration.between(changedAt, Instant.now()).toMillis());
                tenant.teamsClears(user);
            }
            Collections.sort(delays);
            System.out.printf("BENCH Teams->platform detection %s for %d users (%d requests of 650 per cycle): p50 %d ms, p99 %d ms, max %d ms%n",
                    how, users, (users + 649) / 650, delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.99) - 1),
                    delays.get(delays.size() - 1));
        }
    }

    private void joinAll(String tenant, List<String> ids) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            for (String id : ids) {
                UserChanged joined = new UserChanged(EventMeta.origin(tenant), UserChangeType.JOINED, new DirectoryUser(id, id, mail(id),
                        mail(id), true, null, null, null, null, null, null, null, null, null), LicenceView.NONE, List.of(), Map.of(), null);
                records.add(new ProducerRecord<>(Topics.DIRECTORY_USER_CHANGES, null, joined.key(), EventJson.write(joined),
                        CloudEventHeaders.of(joined, "/bench")));
            }
            kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofMinutes(5));
        }
    }

    private int produceAtRate(String tenant, List<String> ids, int rate, int seconds) {
        Random random = new Random(rate);
        int perTick = rate / 10;
        int sent = 0;
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("linger.ms", "5");
        props.put("acks", "1");
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(props,
                new org.apache.kafka.common.serialization.StringSerializer(), new org.apache.kafka.common.serialization.StringSerializer())) {
            long start = System.nanoTime();
            for (int tick = 0; tick < seconds * 10; tick++) {
                for (int i = 0; i < perTick; i++) {
                    String user = ids.get(random.nextInt(ids.size()));
                    PlatformPresenceReported event = new PlatformPresenceReported(EventMeta.origin(tenant), "bench", mail(user),
                            STATES[random.nextInt(STATES.length)], Instant.now());
                    producer.send(new ProducerRecord<>(Topics.PRESENCE_PLATFORM_EVENTS, null, event.key(), EventJson.write(event),
                            CloudEventHeaders.of(event, "/bench")));
                }
                sent += perTick;
                long wait = start + (tick + 1) * 100_000_000L - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static void awaitAllMatched(String tenant, int users) {
        Instant started = Instant.now();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> io.restassured.RestAssured.given()
                .get("/api/tenants/{t}/status", tenant).jsonPath().getInt("usersMatched") >= users);
        System.out.printf("%nBENCH %d users matched from directory events in %.1f s%n", users, Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** The lag timer once it has stopped growing for three seconds (bursts per user are coalesced, so fewer than sent). */
    private Timer settled(String tenant) {
        long[] last = {-1};
        int[] still = {0};
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Timer t = metrics.find("switchboard.presence.inbound.lag").tag("tenant", tenant).timer();
            long count = t == null ? 0 : t.count();
            still[0] = count > 0 && count == last[0] ? still[0] + 1 : 0;
            last[0] = count;
            return still[0] >= 3;
        });
        return metrics.find("switchboard.presence.inbound.lag").tag("tenant", tenant).timer();
    }

    private static String mail(String id) {
        return id + "@bench.example.com";
    }

    private static double pct(Timer timer, double p) {
        for (ValueAtPercentile v : timer.takeSnapshot().percentileValues()) {
            if (Math.abs(v.percentile() - p) < 1e-9) {
                return v.value(TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }
}
