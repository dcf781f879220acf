package io.switchboard.inventory.publishing;

import static io.switchboard.inventory.support.Published.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.inventory.ranges.RangeService;
import io.switchboard.inventory.support.Events;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.inventory.support.Published;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class RangePublishingTest {

    private static final int USERS = 60;

    @Inject
    Inventory inventory;
    @Inject
    RangeService ranges;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "publishing-" + UUID.randomUUID();

    @Test
    void aNewRangeIsPublishedWithItsFacts() {
        String id = inventory.range(tenant, "London", "+442079467000", "+442079467099", 0).id();

        RangeUpdated published = (RangeUpdated) Published.await(kafka, Topics.INVENTORY_RANGES, tenant, id, 1).get(0);

        assertThat(published.name()).isEqualTo("London");
        assertThat(published.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
        assertThat(published.countryCode()).isEqualTo("GB");
        assertThat(published.areaCode()).isEqualTo("20");
        assertThat(published.locationId()).isEqualTo("loc-1");
        assertThat(published.size()).isEqualTo(100);
        assertThat(published.freeCount()).isEqualTo(100);
        assertThat(published.active()).isTrue();
    }

    @Test
    void aBurstOfReservationsIsPublishedAsFarFewerUpdatesEndingWithTheTrueFreeCount() {
        // given a range of 100 numbers
        String id = inventory.range(tenant, "Bulk", "+442079467000", "+442079467099", 0).id();

        // when 60 users are onboarded at once
        Events.send(kafka, IntStream.range(0, USERS)
                .mapToObj(i -> Events.decision(tenant, "bulk-" + i, DecisionAction.ASSIGN, id)).toList());

        // then the last published state shows 40 free numbers ...
        await().atMost(PATIENCE).until(() -> {
            List<SwitchboardEvent> all = Published.all(kafka, Topics.INVENTORY_RANGES, tenant, id);
            return !all.isEmpty() && ((RangeUpdated) all.get(all.size() - 1)).freeCount() == 100 - USERS;
        });
        // ... reached through far fewer records than there were changes (one per change would be 61)
        List<SwitchboardEvent> updates = Published.all(kafka, Topics.INVENTORY_RANGES, tenant, id);
        assertThat(updates.size()).isLessThan((USERS + 1) / 2);
        assertThat(updates).extracting(e -> ((RangeUpdated) e).freeCount()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aDeletedRangeIsPublishedAsInactiveAndThenAsATombstone() {
        // given a published range
        String id = inventory.range(tenant, "Gone", "+442079467000", "+442079467009", 0).id();
        Published.await(kafka, Topics.INVENTORY_RANGES, tenant, id, 1);

        // when it is deleted
        Inventory.await(() -> ranges.delete(tenant, id));

        // then its last state says inactive, and a tombstone (null value) follows so compaction drops the key
        List<ConsumerRecord<String, String>> records = TopicReader.await(kafka, Topics.INVENTORY_RANGES, 3,
                r -> (tenant + "/" + id).equals(r.key()), PATIENCE);
        RangeUpdated last = EventJson.read(records.get(1).value(), RangeUpdated.class);
        assertThat(last.active()).isFalse();
        assertThat(last.freeCount()).isZero();
        assertThat(records.get(2).value()).isNull();
        assertThat(CloudEventHeaders.text(records.get(2).headers(), CloudEventHeaders.TYPE))
                .isEqualTo(EventCatalog.RANGE_UPDATED.ceType());
        assertThat(CloudEventHeaders.text(records.get(2).headers(), CloudEventHeaders.CAUSATION_ID))
                .isEqualTo(last.meta().eventId());
    }
}
