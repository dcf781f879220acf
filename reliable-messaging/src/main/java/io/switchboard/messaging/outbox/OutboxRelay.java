package io.switchboard.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox continuously on a thread of its own (JDBC and the Kafka producer block,
 * so they stay off the event loop). It polls, and {@link #wakeUp()} after a commit makes it publish at once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(5);
    private static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Map<String, Object> clientSecurity;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Timer lag;
    private volatile boolean running;
    private Thread thread;
    private Producer<String, String> producer;

    public OutboxRelay(DataSource dataSource, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrapServers,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clientSecurity = clientSecurity(kafkaConfig);
        this.published = registry.counter("switchboard.outbox.published");
        this.lag = Timer.builder("switchboard.outbox.lag")
                .description("time from the outbox insert to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled in this instance");
            return;
        }
        producer = new KafkaProducer<>(producerProperties(bootstrapServers, clientSecurity));
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            wakeUp();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Ask the relay to publish now rather than at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        OutboxPublisher publisher = new OutboxPublisher(dataSource, producer, config.source(), config.relay().batchSize());
        Instant nextHousekeeping = Instant.now();
        Duration backoff = config.relay().pollInterval();
        while (running) {
            try {
                List<Duration> ages = publisher.publishOnce();
                ages.forEach(lag::record);
                published.increment(ages.size());
                backoff = config.relay().pollInterval();
                if (Instant.now().isAfter(nextHousekeeping)) {
                    publisher.housekeeping(config.relay().retention(), config.relay().inboxRetention());
                    nextHousekeeping = Instant.now().plus(HOUSEKEEPING_EVERY);
                }
                if (ages.size() < config.relay().batchSize()) {
                    pause(config.relay().pollInterval());
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("outbox relay pass failed, retrying in %s: %s", backoff, e.getMessage());
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_ERROR_BACKOFF) > 0 ? MAX_ERROR_BACKOFF : backoff.multipliedBy(2);
                }
            }
        }
    }

    private void pause(Duration duration) {
        try {
            if (wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * The connector's client security settings (kafka.security.protocol, kafka.sasl.*, kafka.ssl.*), which this
     * producer of its own needs as much as the channels do, e.g. SCRAM over TLS in Kubernetes (deploy/k8s).
     */
    static Map<String, Object> clientSecurity(Map<String, Object> kafkaConfig) {
        Map<String, Object> security = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                security.put(key, value);
            }
        });
        return security;
    }

    static Properties producerProperties(String bootstrapServers, Map<String, Object> clientSecurity) {
        Properties props = new Properties();
        props.putAll(clientSecurity);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return props;
    }
}
