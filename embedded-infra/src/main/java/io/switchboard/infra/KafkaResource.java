package io.switchboard.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real Kafka broker only, for services without a database. See {@link KafkaAndPostgresResource}. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfra.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared per JVM, see SharedInfra
    }
}
