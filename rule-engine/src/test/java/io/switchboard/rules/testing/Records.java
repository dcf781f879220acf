package io.switchboard.rules.testing;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Events as other services publish them (CloudEvents headers, keyed by tenant), written to the real broker. */
public final class Records {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    public static final LicenceView TEAMS_PHONE = new LicenceView(true, false, List.of(), List.of("SPE_E5"));

    private Records() {
    }

    public static UserChanged joined(String tenant, String userId, String city, String office) {
        return change(tenant, UserChangeType.JOINED, userId, city, office);
    }

    public static UserChanged change(String tenant, UserChangeType type, String userId, String city, String office) {
        DirectoryUser user = new DirectoryUser(userId, "User " + userId, userId + "@contoso.com", null, true, city, office, "GB",
                "Sales", "Contoso", "United Kingdom", null, "Engineer", "Employee");
        return new UserChanged(EventMeta.origin(tenant), type, user, TEAMS_PHONE, List.of(), Map.of(), null);
    }

    public static RangeUpdated range(String tenant, String rangeId, String name, long free) {
        return new RangeUpdated(EventMeta.origin(tenant), rangeId, name, NumberType.DIRECT_ROUTING, "Gamma", "GB", "20", null,
                List.of(), 100, free, true);
    }

    public static void publish(String bootstrapServers, SwitchboardEvent... events) {
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            for (SwitchboardEvent event : events) {
                producer.send(new ProducerRecord<>(EventCatalog.of(event.getClass()).topic(), null, event.key(),
                        EventJson.write(event), CloudEventHeaders.of(event, "/test"))).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test events", e);
        }
    }

    /** A raw record, e.g. a malformed value, a tombstone ({@code value == null}) or a value with chosen headers. */
    public static void publishRaw(String bootstrapServers, String topic, String key, String value, String ceType, String tenant) {
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            var headers = ceType == null ? List.<org.apache.kafka.common.header.Header>of()
                    : CloudEventHeaders.of(java.util.UUID.randomUUID().toString(), ceType, "/test", Instant.now(),
                            key.substring(key.indexOf('/') + 1), tenant, "c", null);
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a raw test record", e);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }
}
