package io.switchboard.rules.deciding;

import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Cache;
import com.sun.management.OperatingSystemMXBean;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.rules.testing.Api;
import io.switchboard.rules.testing.Records;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.sql.spi.SelectInterpretationsKey;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * User changes per second through the whole consumer path (Kafka record, inbox, tenant context,
 * holding, decision, history, outbox) with the real broker and database. Not part of {@code verify}
 * (the name does not end in Test); run with
 * {@code ./mvnw -B -ntp -pl rule-engine verify -Dtest=ConsumerPathBenchmark -Dbench.users=3000}.
 * Two rounds of fresh users: the first warms up (and fills Hibernate's query plan cache), the second
 * is reported. CPU is this JVM's (the app and the in-process Kafka broker; PostgreSQL runs apart).
 * At the end it prints what Hibernate's query plan cache holds, so a plan that is never reused
 * (one entry per execution) shows.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "bench", roles = {"admin", "tenant:*"})
class ConsumerPathBenchmark {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    DataSource dataSource;

    @Inject
    Mutiny.SessionFactory sessions;

    private final String tenant = "bench-" + UUID.randomUUID();

    @Test
    void userChanges() throws Exception {
        int users = Integer.getInteger("bench.users", 3_000);
        for (int i = 0; i < 20; i++) {
            Api.createRule(tenant, "rule-" + i, "range-" + i, "department = \"Dept " + i + "\"", 10 + i);
        }
        Api.createRule(tenant, "london", "london-range", "city = \"London\"", 100);
        round("warm-up", users, 0);
        round("measured", users, users);
        printPlanCache();
    }

    /** How many plans Hibernate's query plan cache holds per query string: more than one means the key never matches. */
    private void printPlanCache() throws Exception {
        Object factory = ClientProxy.unwrap(sessions);
        Field delegate = factory.getClass().getDeclaredField("delegate");
        delegate.setAccessible(true);
        var sf = (SessionFactoryImplementor) delegate.get(factory);
        Object interpretations = sf.getQueryEngine().getInterpretationCache();
        if (Arrays.stream(interpretations.getClass().getDeclaredFields()).noneMatch(f -> f.getName().equals("queryPlanCache"))) {
            System.out.println("BENCH plan cache: disabled (" + interpretations.getClass().getSimpleName() + ")");
            return;
        }
        Field plans = interpretations.getClass().getDeclaredField("queryPlanCache");
        plans.setAccessible(true);
        Object internal = plans.get(interpretations);
        Field cache = internal.getClass().getDeclaredField("cache");
        cache.setAccessible(true);
        var map = ((Cache<?, ?>) cache.get(internal)).asMap();
        Map<String, Long> counts = map.keySet().stream().collect(Collectors.groupingBy(
                key -> key.getClass().getSimpleName() + " " + (key instanceof SelectInterpretationsKey k
                        ? k.getQueryString() : String.valueOf(key)).replaceAll("\\s+", " "), Collectors.counting()));
        System.out.println("BENCH plan cache: " + map.size() + " entries");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.println("BENCH   " + e.getValue() + " x " + e.getKey()));
    }

    private void round(String label, int users, int offset) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = offset; i < offset + users; i++) {
                UserChanged change = Records.joined(tenant, "user-" + i, "London", "Park Lane");
                producer.send(new ProducerRecord<>(EventCatalog.of(UserChanged.class).topic(), null, change.key(),
                        EventJson.write(change), CloudEventHeaders.of(change, "/bench")));
            }
        }
        long expected = offset + users;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> decided() >= expected);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1e6;
        System.out.printf("BENCH %s: %d user changes in %.1f s = %.0f/s, %.2f ms CPU per change%n", label, users, seconds,
                users / seconds, cpuMillis / users);
    }

    private long decided() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from decision_history where tenant_id = ?")) {
            count.setString(1, tenant);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props);
    }
}
