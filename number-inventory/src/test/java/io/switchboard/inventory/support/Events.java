package io.switchboard.inventory.support;

import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds events as other services would publish them and sends them to Kafka. */
public final class Events {

    private Events() {
    }

    public static ProvisioningDecided decision(String tenant, String user, DecisionAction action, String... rangeIds) {
        List<CandidateRange> candidates = new ArrayList<>();
        for (int i = 0; i < rangeIds.length; i++) {
            candidates.add(new CandidateRange(rangeIds[i], NumberType.DIRECT_ROUTING, i, "rule-" + i));
        }
        return new ProvisioningDecided(EventMeta.origin(tenant), user, user + "@example.com", UserChangeType.JOINED, action,
                action == DecisionAction.ASSIGN ? NumberType.DIRECT_ROUTING : null, candidates,
                Explanation.of("test decision " + action));
    }

    /** Sends the events in order, each to its topic with its key and CloudEvents headers, and waits for the acks. */
    public static void send(String bootstrapServers, List<? extends SwitchboardEvent> events) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties(bootstrapServers))) {
            List<Future<?>> acks = new ArrayList<>();
            for (SwitchboardEvent event : events) {
                acks.add(producer.send(new ProducerRecord<>(EventCatalog.of(event.getClass()).topic(), null, event.key(),
                        EventJson.write(event), CloudEventHeaders.of(event, "/test"))));
            }
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send test events", e);
        }
    }

    public static void send(String bootstrapServers, SwitchboardEvent... events) {
        send(bootstrapServers, List.of(events));
    }

    /** Sends a raw record (for malformed input). */
    public static void sendRaw(String bootstrapServers, ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties(bootstrapServers))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send test record", e);
        }
    }

    private static Properties properties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return props;
    }
}
