package io.switchboard.inventory.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.EventJson;
import io.switchboard.events.Topics;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReservationRejected;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.inventory.support.Events;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * 2,000 users race for 1,000 numbers. The decisions are spread over the topic's six partitions and
 * consumed by two consumers of this instance ({@code concurrency=2}), which reserve from the same
 * range at the same time.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class ReservationConcurrencyTest {

    private static final int NUMBERS = 1_000;
    private static final int USERS = 2_000;

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String tenant = "race-" + UUID.randomUUID();

    @Test
    void twoThousandUsersRacingForOneThousandNumbersGetEachNumberOnceAndTheRestAreRejected() {
        // given a range of 1,000 numbers
        String rangeId = inventory.range(tenant, "London", "+442079460000", "+442079460999", 0).id();

        // when 2,000 distinct users are decided ASSIGN from that range
        List<ProvisioningDecided> decisions = IntStream.range(0, USERS)
                .mapToObj(i -> Events.decision(tenant, "user-" + i, DecisionAction.ASSIGN, rangeId)).toList();
        Events.send(bootstrapServers, decisions);

        // then every decision is answered exactly once on inventory.reservations ...
        List<ConsumerRecord<String, String>> answers = TopicReader.await(bootstrapServers, Topics.INVENTORY_RESERVATIONS, USERS,
                r -> r.key().startsWith(tenant + "/"), Duration.ofMinutes(5));
        List<NumberReserved> reserved = answers.stream().filter(r -> type(r).contains("NumberReserved"))
                .map(r -> EventJson.read(r.value(), NumberReserved.class)).toList();
        List<ReservationRejected> rejected = answers.stream().filter(r -> type(r).contains("ReservationRejected"))
                .map(r -> EventJson.read(r.value(), ReservationRejected.class)).toList();
        assertThat(answers).hasSize(USERS);

        // ... with 1,000 distinct numbers to 1,000 distinct users, and 1,000 rejections for lack of numbers
        assertThat(reserved).hasSize(NUMBERS);
        assertThat(reserved).extracting(NumberReserved::phoneNumber).doesNotHaveDuplicates();
        assertThat(reserved).extracting(NumberReserved::userId).doesNotHaveDuplicates();
        assertThat(reserved).allSatisfy(r -> assertThat(r.rangeId()).isEqualTo(rangeId));
        assertThat(rejected).hasSize(USERS - NUMBERS);
        assertThat(rejected).extracting(ReservationRejected::reason).containsOnly(RejectionReason.NO_FREE_NUMBER);
        assertThat(rejected).extracting(ReservationRejected::userId)
                .doesNotContainAnyElementsOf(reserved.stream().map(NumberReserved::userId).toList());

        // and the database agrees: every number reserved once, to the user the event names
        assertThat(inventory.count("select count(*) from number where tenant_id = ? and state = 'RESERVED'", tenant)).isEqualTo(NUMBERS);
        assertThat(inventory.count("select count(distinct user_id) from number where tenant_id = ?", tenant)).isEqualTo(NUMBERS);
        assertThat(inventory.count("select count(*) from number where tenant_id = ? and state = 'AVAILABLE'", tenant)).isZero();
        reserved.stream().limit(50).forEach(r -> assertThat(inventory.user(tenant, r.phoneNumber())).isEqualTo(r.userId()));
        // no decision went to the dead-letter topic
        assertThat(TopicReader.readAll(bootstrapServers, Topics.dlq(Topics.PROVISIONING_DECISIONS),
                r -> r.key() != null && r.key().startsWith(tenant + "/"))).isEmpty();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
    }
}
