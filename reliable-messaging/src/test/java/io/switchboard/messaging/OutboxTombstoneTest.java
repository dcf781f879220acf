package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.Topics;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class OutboxTombstoneTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;
    @Inject
    Mutiny.SessionFactory sessions;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String tenant = "tombstone-" + UUID.randomUUID();

    @Test
    void tombstoneFollowsTheLastEventOfItsKeyWithANullValueAndCloudEventsHeaders() throws Throwable {
        // given a range's last state and its deletion, appended in one transaction
        RangeUpdated last = new RangeUpdated(EventMeta.origin(tenant), "range-1", "London", NumberType.DIRECT_ROUTING,
                "Acme", "GB", "20", null, List.of(), 10, 10, false);
        EventMeta deletion = EventMeta.causedBy(last.meta());
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> outbox.append(session, last)
                .chain(() -> outbox.appendTombstone(session, RangeUpdated.class, deletion, "range-1"))));
        outbox.committed();

        // when the compacted topic is read
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Topics.INVENTORY_RANGES, 2,
                r -> (tenant + "/range-1").equals(r.key()), PATIENCE);

        // then the event comes first and the tombstone after it: same key, null value, the event type's headers
        assertThat(EventJson.read(records.get(0).value(), RangeUpdated.class)).isEqualTo(last);
        ConsumerRecord<String, String> tombstone = records.get(1);
        assertThat(tombstone.value()).isNull();
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.ID)).isEqualTo(deletion.eventId());
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.RANGE_UPDATED.ceType());
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.SUBJECT)).isEqualTo("range-1");
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.TENANT_ID)).isEqualTo(tenant);
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.CAUSATION_ID)).isEqualTo(last.meta().eventId());
        assertThat(CloudEventHeaders.text(tombstone.headers(), CloudEventHeaders.CONTENT_TYPE)).isNull();
    }
}
