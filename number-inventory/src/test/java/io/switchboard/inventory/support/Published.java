package io.switchboard.inventory.support;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what the inventory published for one subject (user or range) of one tenant. */
public final class Published {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Published() {
    }

    /** Waits for {@code count} events on {@code topic} with key {@code tenant/subject}, parsed by their ce_type. */
    public static List<SwitchboardEvent> await(String bootstrapServers, String topic, String tenant, String subject, int count) {
        return parse(TopicReader.await(bootstrapServers, topic, count, r -> (tenant + "/" + subject).equals(r.key()), PATIENCE));
    }

    /** Everything on {@code topic} for {@code tenant/subject} right now. */
    public static List<SwitchboardEvent> all(String bootstrapServers, String topic, String tenant, String subject) {
        return parse(TopicReader.readAll(bootstrapServers, topic, r -> (tenant + "/" + subject).equals(r.key())));
    }

    /** Tombstones (null values) are not events and are left out; read them with {@link TopicReader}. */
    private static List<SwitchboardEvent> parse(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> r.value() != null).map(r -> (SwitchboardEvent) EventJson.read(r.value(),
                EventCatalog.byCeType(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE)).orElseThrow().recordType())).toList();
    }
}
