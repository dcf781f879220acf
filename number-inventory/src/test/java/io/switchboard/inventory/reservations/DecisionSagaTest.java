package io.switchboard.inventory.reservations;

import static io.switchboard.inventory.support.Published.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.NumberType;
import io.switchboard.events.Topics;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.events.reservations.ReservationRejected;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.inventory.support.Events;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.inventory.support.Published;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class DecisionSagaTest {

    private static final String FIRST = "+442079461000";

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "decisions-" + UUID.randomUUID();

    @Test
    void assignReservesTheLowestFreeNumberOfTheFirstCandidateThatHasOne() {
        // given an exhausted range and a range with free numbers
        String empty = inventory.range(tenant, "Empty", "+442079462000", "+442079462000", 0).id();
        inventory.update("update number set state = 'BLOCKED' where range_id = ?", empty);
        String london = inventory.range(tenant, "London", FIRST, "+442079461009", 0).id();

        // when alice is decided ASSIGN with both ranges as candidates, the empty one first
        ProvisioningDecided decision = Events.decision(tenant, "alice", DecisionAction.ASSIGN, "no-such-range", empty, london);
        Events.send(kafka, decision);

        // then she gets London's lowest number, with the range's type and location, in the decision's saga
        NumberReserved reserved = (NumberReserved) Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "alice", 1).get(0);
        assertThat(reserved.phoneNumber()).isEqualTo(FIRST);
        assertThat(reserved.rangeId()).isEqualTo(london);
        assertThat(reserved.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
        assertThat(reserved.locationId()).isEqualTo("loc-1");
        assertThat(reserved.meta().causationId()).isEqualTo(decision.meta().eventId());
        assertThat(reserved.meta().correlationId()).isEqualTo(decision.meta().correlationId());
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("RESERVED");
        assertThat(inventory.user(tenant, FIRST)).isEqualTo("alice");
        assertThat(inventory.rows("select actor, from_state, to_state from number_audit where tenant_id = ? and e164 = ? order by id",
                tenant, FIRST)).last().isEqualTo(java.util.List.of("event:ProvisioningDecided/" + decision.meta().eventId(), "AVAILABLE", "RESERVED"));
    }

    @Test
    void aUserWhoHoldsANumberGetsNoSecondOneAndARedeliveredDecisionIsIgnored() {
        // given bob reserved a number through a decision
        String range = inventory.range(tenant, "London", FIRST, "+442079461009", 0).id();
        ProvisioningDecided first = Events.decision(tenant, "bob", DecisionAction.ASSIGN, range);
        Events.send(kafka, first);
        Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "bob", 1);

        // when the same decision is delivered again and then a new ASSIGN decision arrives
        Events.send(kafka, first, Events.decision(tenant, "bob", DecisionAction.ASSIGN, range));

        // then the redelivery is silent and the new decision is rejected: bob still holds one number
        var answers = Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "bob", 2);
        assertThat(answers.get(1)).isInstanceOfSatisfying(ReservationRejected.class,
                r -> {
                    assertThat(r.reason()).isEqualTo(RejectionReason.ALREADY_HOLDS_NUMBER);
                    assertThat(r.detail()).contains(FIRST);
                });
        assertThat(Published.all(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "bob")).hasSize(2);
        assertThat(inventory.count("select count(*) from number where tenant_id = ? and user_id = 'bob'", tenant)).isEqualTo(1);
    }

    @Test
    void assignWithoutAnyKnownCandidateIsRejected() {
        Events.send(kafka, Events.decision(tenant, "carol", DecisionAction.ASSIGN, "unknown-range"));

        assertThat(Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "carol", 1).get(0))
                .isInstanceOfSatisfying(ReservationRejected.class, r -> assertThat(r.reason()).isEqualTo(RejectionReason.NO_CANDIDATE_RANGE));
    }

    @Test
    void retainKeepsTheNumberAndRestoreReturnsItThenReleaseAsksTeamsToUnassign() {
        // given dave's number is assigned
        String range = inventory.range(tenant, "London", FIRST, "+442079461009", 0).id();
        Events.send(kafka, Events.decision(tenant, "dave", DecisionAction.ASSIGN, range));
        await().atMost(PATIENCE).until(() -> "RESERVED".equals(inventory.state(tenant, FIRST)));
        inventory.update("update number set state = 'ASSIGNED' where tenant_id = ? and e164 = ?", tenant, FIRST);

        // when he is disabled, then the number is RETAINED for him
        Events.send(kafka, Events.decision(tenant, "dave", DecisionAction.RETAIN));
        await().atMost(PATIENCE).until(() -> "RETAINED".equals(inventory.state(tenant, FIRST)));

        // when he is enabled again, then it is ASSIGNED again
        Events.send(kafka, Events.decision(tenant, "dave", DecisionAction.RESTORE));
        await().atMost(PATIENCE).until(() -> "ASSIGNED".equals(inventory.state(tenant, FIRST)));

        // when he leaves, then the number is RELEASING and Teams is asked to unassign it
        ProvisioningDecided release = Events.decision(tenant, "dave", DecisionAction.RELEASE);
        Events.send(kafka, release);
        var events = Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "dave", 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(ReleaseRequested.class, r -> {
            assertThat(r.phoneNumber()).isEqualTo(FIRST);
            assertThat(r.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
            assertThat(r.meta().causationId()).isEqualTo(release.meta().eventId());
        });
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("RELEASING");
        assertThat(inventory.rows("select to_state from number_audit where tenant_id = ? and e164 = ? order by id", tenant, FIRST))
                .extracting(row -> row.get(0)).containsExactly("AVAILABLE", "RESERVED", "RETAINED", "ASSIGNED", "RELEASING");
    }

    @Test
    void malformedDecisionGoesToTheDeadLetterTopicWithTheReason() {
        // given a record whose value is not a decision
        String key = tenant + "/eve";
        Events.sendRaw(kafka, new ProducerRecord<>(Topics.PROVISIONING_DECISIONS, null, key, "{\"meta\": 42",
                CloudEventHeaders.of(UUID.randomUUID().toString(), EventCatalog.PROVISIONING_DECIDED.ceType(), "/test",
                        Instant.now(), "eve", tenant, "c", null)));

        // then it is dead-lettered with a readable reason
        var dead = TopicReader.await(kafka, Topics.dlq(Topics.PROVISIONING_DECISIONS), 1, r -> key.equals(r.key()), PATIENCE).get(0);
        assertThat(CloudEventHeaders.text(dead.headers(), "dead-letter-reason")).contains("not a valid ProvisioningDecided");
    }
}
