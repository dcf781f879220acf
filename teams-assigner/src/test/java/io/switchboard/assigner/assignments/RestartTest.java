package io.switchboard.assigner.assignments;

import static io.switchboard.assigner.support.Reservations.PATIENCE;
import static io.switchboard.assigner.support.Reservations.await;
import static io.switchboard.assigner.support.Reservations.publish;
import static io.switchboard.assigner.support.Reservations.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.assigner.support.AssignerTenants;
import io.switchboard.assigner.support.Reservations;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A crash between the Graph call and the result event leaves a SUBMITTED task behind; the tests
 * write such a task as the crashed instance would have, and check the running assigner finishes it
 * without a second assignNumber.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class RestartTest {

    private static final String NUMBER = "+14255550300";

    @Inject
    TenantRegistry registry;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void submittedOperationIsFollowedAfterARestartNotSubmittedAgain() throws Exception {
        // given an instance that sent assignNumber, recorded the operation id, and died before publishing the result
        Simulator sim = tenant("restart-op");
        String user = sim.user("frank", true);
        String operation = sim.graphNumberActionAsAssigner("assignNumber", body(user));
        String reservationId = "res-" + UUID.randomUUID();
        insertSubmittedTask(sim.tenantId(), reservationId, user, operation);

        // when the running assigner picks the task up
        AssignmentCompleted completed = await(kafka, sim.tenantId(), AssignmentCompleted.class, 1).get(0);

        // then it completed by following that operation, and Teams saw exactly one assignNumber
        assertThat(completed.reservationId()).isEqualTo(reservationId);
        assertThat(completed.operationId()).isEqualTo(operation);
        assertThat(sim.number(NUMBER).path("assignmentTargetId").asText()).isEqualTo(user);
        assertThat(sim.requests(".assignNumber")).hasSize(1);
    }

    @Test
    void submissionWithoutRecordedOperationIsCheckedInTeamsBeforeActing() throws Exception {
        // given an instance that died after Teams accepted assignNumber but before recording the operation id
        Simulator sim = tenant("restart-noop");
        String user = sim.user("grace", true);
        String operation = sim.graphNumberActionAsAssigner("assignNumber", body(user));
        Awaitility.await().atMost(PATIENCE).until(() -> "succeeded".equals(sim.operation(operation).path("status").asText()));
        String reservationId = "res-" + UUID.randomUUID();
        insertSubmittedTask(sim.tenantId(), reservationId, user, null);

        // when the running assigner picks the task up
        AssignmentCompleted completed = await(kafka, sim.tenantId(), AssignmentCompleted.class, 1).get(0);

        // then it saw the number already assigned to the user and completed without calling assignNumber again
        assertThat(completed.reservationId()).isEqualTo(reservationId);
        assertThat(completed.operationId()).isEqualTo("none");
        assertThat(sim.requests(".assignNumber")).hasSize(1);
        assertThat(sim.requests("numberAssignments?")).isNotEmpty();
    }

    @Test
    void redeliveredReservationIsAssignedOnce() {
        // given a reservation the inventory's relay published twice (a crash before marking it sent)
        Simulator sim = tenant("redelivery");
        String user = sim.user("heidi", true);
        NumberReserved reservation = reserved(sim.tenantId(), user, NUMBER, NumberType.DIRECT_ROUTING);

        // when both copies arrive, followed on the same partition by the user's release
        publish(kafka, reservation, reservation, Reservations.release(sim.tenantId(), user, NUMBER, NumberType.DIRECT_ROUTING));

        // then, once the release is done (so the duplicate was consumed before it), one assignment and one result
        await(kafka, sim.tenantId(), UnassignmentCompleted.class, 1);
        assertThat(sim.requests(".assignNumber")).hasSize(1);
        assertThat(Reservations.all(kafka, sim.tenantId(), AssignmentCompleted.class)).hasSize(1);
    }

    private com.fasterxml.jackson.databind.node.ObjectNode body(String user) {
        return Simulator.JSON.createObjectNode().put("telephoneNumber", NUMBER).put("assignmentTargetId", user)
                .put("numberType", "directRouting").put("locationId", "loc-1");
    }

    private void insertSubmittedTask(String tenantId, String reservationId, String user, String operationId) throws Exception {
        String sql = """
                insert into assignment_task (tenant_id, request_id, kind, user_id, phone_number, number_type, location_id, state,
                                             operation_id, submitted_at, attempts, cause_event_id, correlation_id)
                values (?, ?, 'ASSIGN', ?, ?, 'DIRECT_ROUTING', 'loc-1', 'SUBMITTED', ?, now() - interval '1 minute', 1, ?, ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, tenantId);
            insert.setString(2, reservationId);
            insert.setString(3, user);
            insert.setString(4, NUMBER);
            insert.setString(5, operationId);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setString(7, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    private Simulator tenant(String prefix) {
        Simulator sim = Simulator.newTenant(simulatorUrl, prefix, "PT30S");
        sim.numbers("directRouting", NUMBER, 1);
        AssignerTenants.register(registry, sim, 20, 4);
        return sim;
    }
}
