package io.switchboard.assigner.support;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the number-inventory for the tests: publishes reservations and releases, reads teams.assignments. */
public final class Reservations {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Reservations() {
    }

    public static NumberReserved reserved(String tenantId, String userId, String number, NumberType type) {
        return new NumberReserved(EventMeta.origin(tenantId), "res-" + UUID.randomUUID(), userId, number, "range-1", type, "loc-1");
    }

    public static ReleaseRequested release(String tenantId, String userId, String number, NumberType type) {
        return new ReleaseRequested(EventMeta.origin(tenantId), "rel-" + UUID.randomUUID(), userId, number, type, "user deleted");
    }

    public static void publish(String bootstrapServers, SwitchboardEvent... events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // All sent before any is awaited (the benchmark publishes thousands); the idempotent producer keeps
        // the order per key, so a user's reservation still comes before its release.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (SwitchboardEvent event : events) {
                sent.add(producer.send(new ProducerRecord<>(Topics.INVENTORY_RESERVATIONS, null, event.key(), EventJson.write(event),
                        CloudEventHeaders.of(event, "/switchboard/test-inventory"))));
            }
            for (Future<RecordMetadata> result : sent) {
                result.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test reservations: " + e.getMessage(), e);
        }
    }

    /** Waits for {@code count} events of one type for the tenant on teams.assignments and returns them in order. */
    public static <T extends SwitchboardEvent> List<T> await(String bootstrapServers, String tenantId, Class<T> type, int count) {
        String ceType = EventCatalog.of(type).ceType();
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Topics.TEAMS_ASSIGNMENTS, count,
                r -> r.key().startsWith(tenantId + "/") && ceType.equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)),
                PATIENCE);
        return records.stream().map(r -> EventJson.read(r.value(), type)).toList();
    }

    /** Everything on teams.assignments for the tenant right now, of one type. */
    public static <T extends SwitchboardEvent> List<T> all(String bootstrapServers, String tenantId, Class<T> type) {
        String ceType = EventCatalog.of(type).ceType();
        return TopicReader.readAll(bootstrapServers, Topics.TEAMS_ASSIGNMENTS,
                        r -> r.key().startsWith(tenantId + "/") && ceType.equals(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)))
                .stream().map(r -> EventJson.read(r.value(), type)).toList();
    }
}
