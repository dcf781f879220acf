package io.switchboard.assigner.assignments;

import static io.restassured.RestAssured.given;
import static io.switchboard.assigner.support.Reservations.PATIENCE;
import static io.switchboard.assigner.support.Reservations.await;
import static io.switchboard.assigner.support.Reservations.publish;
import static io.switchboard.assigner.support.Reservations.release;
import static io.switchboard.assigner.support.Reservations.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.assigner.support.AssignerTenants;
import io.switchboard.assigner.support.Reservations;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class AssignmentFlowTest {

    private static final String NUMBER = "+14255550100";

    @Inject
    TenantRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void reservedNumberIsAssignedInTeamsAndReportedCompleted() {
        // given a tenant with a Teams Phone user and a free Direct Routing number
        Simulator sim = tenant("assign", "PT30S");
        String alice = sim.user("alice", true);

        // when the inventory reserves the number for her
        NumberReserved reservation = reserved(sim.tenantId(), alice, NUMBER, NumberType.DIRECT_ROUTING);
        publish(kafka, reservation);

        // then Teams has it, with the range's emergency location, and the completion continues the saga
        AssignmentCompleted completed = await(kafka, sim.tenantId(), AssignmentCompleted.class, 1).get(0);
        assertThat(completed.reservationId()).isEqualTo(reservation.reservationId());
        assertThat(completed.userId()).isEqualTo(alice);
        assertThat(completed.phoneNumber()).isEqualTo(NUMBER);
        assertThat(completed.operationId()).isNotBlank().isNotEqualTo("none");
        assertThat(completed.meta().causationId()).isEqualTo(reservation.meta().eventId());
        assertThat(completed.meta().correlationId()).isEqualTo(reservation.meta().correlationId());
        assertThat(sim.number(NUMBER).path("assignmentTargetId").asText()).isEqualTo(alice);
        assertThat(sim.number(NUMBER).path("locationId").asText()).isEqualTo("loc-1");
        assertThat(sim.requests(".assignNumber")).hasSize(1);
        // and the tenant's metrics count it
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("switchboard_assigner_tasks_total{kind=\"ASSIGN\",outcome=\"succeeded\",tenant=\""
                        + sim.tenantId() + "\"} 1.0"))
                .body(containsString("switchboard_assigner_graph_latency_seconds_count{call=\"assignNumber\",outcome=\"ok\",tenant=\""
                        + sim.tenantId() + "\"}")));
    }

    @Test
    void reservationForATenantNotConfiguredHereFailsAtOnce() {
        // given a tenant this assigner has no credentials for
        String tenant = "unconfigured-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        // when a number is reserved in it
        publish(kafka, reserved(tenant, "user-1", NUMBER, NumberType.DIRECT_ROUTING));

        // then the reservation fails for good with a message saying what to configure
        AssignmentFailed failed = await(kafka, tenant, AssignmentFailed.class, 1).get(0);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.reason()).isEqualTo(FailureReason.OTHER);
        assertThat(failed.graphErrorMessage()).contains("not configured in teams-assigner").contains("client-secret");
    }

    @Test
    void licenceStillPropagatingIsRetriedUntilTeamsAcceptsIt() {
        // given a user licensed for Teams Phone just now, which Teams sees only after ten (simulated) minutes
        Simulator sim = tenant("propagation", "PT10M");
        String bob = sim.user("bob", false);
        sim.licenseNow(bob);

        // when the number is reserved for him at once
        NumberReserved reservation = reserved(sim.tenantId(), bob, NUMBER, NumberType.DIRECT_ROUTING);
        publish(kafka, reservation);

        // then the first refusal is reported once as retryable progress, and a later attempt succeeds
        AssignmentFailed progress = await(kafka, sim.tenantId(), AssignmentFailed.class, 1).get(0);
        assertThat(progress.retryable()).isTrue();
        assertThat(progress.reason()).isEqualTo(FailureReason.USER_NOT_VOICE_ENABLED);
        assertThat(progress.graphErrorMessage()).contains("Enterprise Voice");
        sim.advanceClock("PT11M");
        AssignmentCompleted completed = await(kafka, sim.tenantId(), AssignmentCompleted.class, 1).get(0);
        assertThat(completed.reservationId()).isEqualTo(reservation.reservationId());
        assertThat(sim.number(NUMBER).path("assignmentTargetId").asText()).isEqualTo(bob);
        assertThat(sim.requests(".assignNumber")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Reservations.all(kafka, sim.tenantId(), AssignmentFailed.class)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "olivia", roles = {"viewer", "tenant:*"})
    void numberAlreadyAssignedElsewhereFailsForGoodWithoutRetrying() {
        // given the number already belongs to someone else in Teams
        Simulator sim = tenant("conflict", "PT30S");
        String carol = sim.user("carol", true);
        String dave = sim.user("dave", true);
        String operation = sim.graphNumberAction("assignNumber", Simulator.JSON.createObjectNode().put("telephoneNumber", NUMBER)
                .put("assignmentTargetId", carol).put("numberType", "directRouting"));
        Awaitility.await().atMost(PATIENCE).until(() -> "succeeded".equals(sim.operation(operation).path("status").asText()));

        // when the inventory reserves it for another user
        publish(kafka, reserved(sim.tenantId(), dave, NUMBER, NumberType.DIRECT_ROUTING));

        // then the assigner reports a CONFLICT-path failure with Graph's text, and never tries again
        AssignmentFailed failed = await(kafka, sim.tenantId(), AssignmentFailed.class, 1).get(0);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.reason()).isEqualTo(FailureReason.NUMBER_ALREADY_ASSIGNED);
        assertThat(failed.graphErrorMessage()).contains("already assigned");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(sim.requests(".assignNumber")).hasSize(1);
        assertThat(sim.number(NUMBER).path("assignmentTargetId").asText()).isEqualTo(carol);
        given().when().get("/api/tenants/{t}/tasks?state=failed", sim.tenantId())
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("lastReason", contains("NUMBER_ALREADY_ASSIGNED"))
                .body("userId", contains(dave));
    }

    @Test
    void releaseUnassignsTheNumberInTeams() {
        // given an assignment made through Switchboard
        Simulator sim = tenant("release", "PT30S");
        String erin = sim.user("erin", true);
        publish(kafka, reserved(sim.tenantId(), erin, NUMBER, NumberType.DIRECT_ROUTING));
        await(kafka, sim.tenantId(), AssignmentCompleted.class, 1);

        // when the inventory asks for the release
        ReleaseRequested release = release(sim.tenantId(), erin, NUMBER, NumberType.DIRECT_ROUTING);
        publish(kafka, release);

        // then Teams no longer has the number assigned and the release is confirmed
        UnassignmentCompleted completed = await(kafka, sim.tenantId(), UnassignmentCompleted.class, 1).get(0);
        assertThat(completed.releaseId()).isEqualTo(release.releaseId());
        assertThat(completed.meta().causationId()).isEqualTo(release.meta().eventId());
        assertThat(sim.number(NUMBER).path("assignmentStatus").asText()).isEqualTo("unassigned");
        assertThat(sim.requests("unassignNumber")).hasSize(1);
    }

    private Simulator tenant(String prefix, String propagation) {
        Simulator sim = Simulator.newTenant(simulatorUrl, prefix, propagation);
        sim.numbers("directRouting", NUMBER, 3);
        AssignerTenants.register(registry, sim, 20, 4);
        return sim;
    }

}
