package io.switchboard.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL with no Docker:
 * {@code @QuarkusTestResource(KafkaAndPostgresResource.class)}. The broker and the server are
 * shared by every test of the JVM; each application start gets a fresh database. Tests isolate
 * their events by using their own tenant ids (every key starts with the tenant).
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        EmbeddedKafka kafka = SharedInfra.kafka();
        EmbeddedPostgres postgres = SharedInfra.postgres();
        String database = SharedInfra.freshDatabase("test");
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.username", EmbeddedPostgres.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        return config;
    }

    @Override
    public void stop() {
        // The broker and the server outlive a single application start; a JVM shutdown hook stops them.
    }
}
