package io.switchboard.inventory.reservations;

import static io.switchboard.inventory.support.Published.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.Topics;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.Observation;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReservationRejected;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Events;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.inventory.support.Published;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class AssignmentSagaTest {

    private static final String FIRST = "+442079463000";
    private static final String SECOND = "+442079463001";

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "assignments-" + UUID.randomUUID();

    @Test
    void completedAssignmentMarksTheNumberAssigned() {
        NumberReserved reserved = reserve("alice", 0);

        Events.send(kafka, new AssignmentCompleted(EventMeta.causedBy(reserved.meta()), reserved.reservationId(), "alice",
                FIRST, NumberType.DIRECT_ROUTING, "op-1"));

        await().atMost(PATIENCE).until(() -> "ASSIGNED".equals(inventory.state(tenant, FIRST)));
        assertThat(inventory.user(tenant, FIRST)).isEqualTo("alice");
    }

    @Test
    void retryableFailureIsOnlyNotedAndAFinalFailureFreesTheNumberWithTheReason() {
        NumberReserved reserved = reserve("bob", 0);

        // when a retryable failure is reported, then the number stays reserved and the attempt is in the audit trail
        Events.send(kafka, failed(reserved, true, FailureReason.USER_NOT_VOICE_ENABLED));
        await().atMost(PATIENCE).until(() -> inventory.count(
                "select count(*) from number_audit where tenant_id = ? and reason like '%USER_NOT_VOICE_ENABLED%'", tenant) == 1);
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("RESERVED");

        // when the assigner gives up, then the number is free again and the audit trail says why
        Events.send(kafka, failed(reserved, false, FailureReason.USER_NOT_FOUND));
        await().atMost(PATIENCE).until(() -> "AVAILABLE".equals(inventory.state(tenant, FIRST)));
        assertThat(inventory.rows("select from_state, to_state, reason from number_audit where tenant_id = ? and e164 = ? order by id desc limit 1",
                tenant, FIRST).get(0)).containsExactly("RESERVED", "AVAILABLE", "assignment failed: USER_NOT_FOUND (Request_ResourceNotFound: gone) after 3 attempt(s)");
    }

    @Test
    void numberAlreadyAssignedInTeamsIsAConflictAndTheNextNumberIsReservedFromTheSameCandidates() {
        NumberReserved reserved = reserve("carol", 0);

        Events.send(kafka, failed(reserved, false, FailureReason.NUMBER_ALREADY_ASSIGNED));

        // then the first number is in CONFLICT and carol gets the next one in the same saga
        var events = Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "carol", 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(NumberReserved.class, next -> {
            assertThat(next.phoneNumber()).isEqualTo(SECOND);
            assertThat(next.meta().correlationId()).isEqualTo(reserved.meta().correlationId());
        });
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("CONFLICT");
        assertThat(inventory.user(tenant, FIRST)).isNull();
        assertThat(inventory.user(tenant, SECOND)).isEqualTo("carol");
    }

    @Test
    void conflictOnTheLastFreeNumberEndsInARejection() {
        NumberReserved reserved = reserve("dan", 0);
        inventory.update("update number set state = 'BLOCKED' where tenant_id = ? and e164 <> ?", tenant, FIRST);

        Events.send(kafka, failed(reserved, false, FailureReason.NUMBER_ALREADY_ASSIGNED));

        var events = Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "dan", 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(ReservationRejected.class,
                r -> assertThat(r.reason()).isEqualTo(RejectionReason.NO_FREE_NUMBER));
    }

    @Test
    void unassignmentQuarantinesTheNumberWhenTheRangeHasAQuarantine() {
        // given erin's number is being released from a range with 30 days of quarantine
        NumberReserved reserved = reserve("erin", 30);
        Events.send(kafka, Events.decision(tenant, "erin", DecisionAction.RELEASE));
        await().atMost(PATIENCE).until(() -> "RELEASING".equals(inventory.state(tenant, FIRST)));

        // when Teams confirms the unassignment
        Events.send(kafka, new UnassignmentCompleted(EventMeta.causedBy(reserved.meta()), "rel", "erin", FIRST,
                NumberType.DIRECT_ROUTING, "op-2"));

        // then the number is quarantined for about 30 days and no longer names erin
        await().atMost(PATIENCE).until(() -> "QUARANTINED".equals(inventory.state(tenant, FIRST)));
        assertThat(inventory.count("select count(*) from number where tenant_id = ? and e164 = ? and user_id is null "
                + "and quarantine_until > now() + interval '29 days'", tenant, FIRST)).isEqualTo(1);
    }

    @Test
    void preExistingAssignmentIsAdoptedSoTheUserIsNotGivenASecondNumber() {
        // given a range where Teams already has the second number assigned to frank
        String range = inventory.range(tenant, "London", FIRST, "+442079463009", 0).id();
        Events.send(kafka, observed("frank", SECOND, Observation.PRE_EXISTING));
        await().atMost(PATIENCE).until(() -> "ASSIGNED".equals(inventory.state(tenant, SECOND)));
        assertThat(inventory.user(tenant, SECOND)).isEqualTo("frank");

        // when the rule-engine decides frank should have a number
        Events.send(kafka, Events.decision(tenant, "frank", DecisionAction.ASSIGN, range));

        // then he keeps the one Teams has
        assertThat(Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "frank", 1).get(0))
                .isInstanceOfSatisfying(ReservationRejected.class, r -> assertThat(r.detail()).contains(SECOND));
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("AVAILABLE");

        // and when reconciliation finds it removed in Teams, the number is freed
        Events.send(kafka, observed("frank", SECOND, Observation.REMOVED_OUTSIDE));
        await().atMost(PATIENCE).until(() -> "AVAILABLE".equals(inventory.state(tenant, SECOND)));
    }

    @Test
    void numberObservedWithAnotherUserThanTheInventorysIsAConflictNotAnOverwrite() {
        reserve("gina", 0);

        Events.send(kafka, observed("henry", FIRST, Observation.ASSIGNED_OUTSIDE));

        await().atMost(PATIENCE).until(() -> "CONFLICT".equals(inventory.state(tenant, FIRST)));
        assertThat(inventory.rows("select reason from number_audit where tenant_id = ? and e164 = ? order by id desc limit 1",
                tenant, FIRST).get(0).get(0)).contains("henry").contains("gina");
    }

    private NumberReserved reserve(String user, int quarantineDays) {
        String range = inventory.range(tenant, "London", FIRST, "+442079463009", quarantineDays).id();
        Events.send(kafka, Events.decision(tenant, user, DecisionAction.ASSIGN, range));
        NumberReserved reserved = (NumberReserved) Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, user, 1).get(0);
        assertThat(reserved.phoneNumber()).isEqualTo(FIRST);
        return reserved;
    }

    private AssignmentFailed failed(NumberReserved reserved, boolean retryable, FailureReason reason) {
        return new AssignmentFailed(EventMeta.causedBy(reserved.meta()), reserved.reservationId(), reserved.userId(),
                reserved.phoneNumber(), NumberType.DIRECT_ROUTING, retryable, reason, "Request_ResourceNotFound", "gone", 3);
    }

    private AssignmentObserved observed(String user, String number, Observation observation) {
        return new AssignmentObserved(EventMeta.origin(tenant), user, number, NumberType.DIRECT_ROUTING, observation, null);
    }
}
