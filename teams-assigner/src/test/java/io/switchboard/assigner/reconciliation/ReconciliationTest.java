package io.switchboard.assigner.reconciliation;

import static io.restassured.RestAssured.given;
import static io.switchboard.assigner.support.Reservations.PATIENCE;
import static io.switchboard.assigner.support.Reservations.await;
import static io.switchboard.assigner.support.Reservations.publish;
import static io.switchboard.assigner.support.Reservations.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.assigner.support.AssignerTenants;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.Observation;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class ReconciliationTest {

    @Inject
    TenantRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    @TestSecurity(user = "oscar", roles = {"operator", "tenant:*"})
    void firstReconciliationImportsExistingAssignmentsAsPreExisting() {
        // given a brownfield tenant where two numbers were assigned before Switchboard arrived
        Simulator sim = tenant("brownfield");
        String ivan = sim.user("ivan", true);
        String judy = sim.user("judy", true);
        assignOutside(sim, "+14255550400", ivan);
        assignOutside(sim, "+14255550401", judy);

        // when the tenant is reconciled for the first time
        given().when().post("/api/tenants/{t}/reconcile", sim.tenantId())
                .then().statusCode(200)
                .body("numbersAssignedInTeams", equalTo(2))
                .body("findings.observation", containsInAnyOrder("PRE_EXISTING", "PRE_EXISTING"));

        // then both are published for the inventory to adopt, and the drift report shows them
        List<AssignmentObserved> observed = await(kafka, sim.tenantId(), AssignmentObserved.class, 2);
        assertThat(observed).extracting(AssignmentObserved::phoneNumber, AssignmentObserved::userId, AssignmentObserved::observation)
                .containsExactlyInAnyOrder(tuple("+14255550400", ivan, Observation.PRE_EXISTING),
                        tuple("+14255550401", judy, Observation.PRE_EXISTING));
        given().when().get("/api/tenants/{t}/drift", sim.tenantId())
                .then().statusCode(200).body("findings", hasSize(2)).body("firstImportAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "oscar", roles = {"operator", "tenant:*"})
    void laterReconciliationFindsWhatWasDoneOutsideSwitchboard() {
        // given an imported tenant where Switchboard assigned a number
        Simulator sim = tenant("drift");
        String kim = sim.user("kim", true);
        String leo = sim.user("leo", true);
        given().when().post("/api/tenants/{t}/reconcile", sim.tenantId()).then().statusCode(200).body("findings", empty());
        publish(kafka, reserved(sim.tenantId(), kim, "+14255550400", NumberType.DIRECT_ROUTING));
        await(kafka, sim.tenantId(), AssignmentCompleted.class, 1);

        // when an admin removes it in Teams and assigns another number by hand
        String removal = sim.graphNumberAction("unassignNumber", Simulator.JSON.createObjectNode()
                .put("telephoneNumber", "+14255550400").put("numberType", "directRouting"));
        Awaitility.await().atMost(PATIENCE).until(() -> "succeeded".equals(sim.operation(removal).path("status").asText()));
        assignOutside(sim, "+14255550401", leo);

        // then reconciliation reports both, publishes them, and adopts them (a second run finds nothing)
        given().when().post("/api/tenants/{t}/reconcile", sim.tenantId())
                .then().statusCode(200)
                .body("findings.observation", containsInAnyOrder("REMOVED_OUTSIDE", "ASSIGNED_OUTSIDE"));
        List<AssignmentObserved> observed = await(kafka, sim.tenantId(), AssignmentObserved.class, 2);
        assertThat(observed).extracting(AssignmentObserved::phoneNumber, AssignmentObserved::userId, AssignmentObserved::observation)
                .containsExactlyInAnyOrder(tuple("+14255550400", kim, Observation.REMOVED_OUTSIDE),
                        tuple("+14255550401", leo, Observation.ASSIGNED_OUTSIDE));
        given().when().post("/api/tenants/{t}/reconcile", sim.tenantId()).then().statusCode(200).body("findings", empty());
    }

    @Test
    @TestSecurity(user = "vera", roles = {"viewer", "tenant:someone-else"})
    void driftOfAnotherTenantIsForbidden() {
        Simulator sim = tenant("forbidden");
        given().when().get("/api/tenants/{t}/drift", sim.tenantId()).then().statusCode(403)
                .contentType("application/problem+json");
        given().when().post("/api/tenants/{t}/reconcile", sim.tenantId()).then().statusCode(403);
    }

    private void assignOutside(Simulator sim, String number, String user) {
        String operation = sim.graphNumberAction("assignNumber", Simulator.JSON.createObjectNode().put("telephoneNumber", number)
                .put("assignmentTargetId", user).put("numberType", "directRouting"));
        Awaitility.await().atMost(PATIENCE).until(() -> "succeeded".equals(sim.operation(operation).path("status").asText()));
    }

    private Simulator tenant(String prefix) {
        Simulator sim = Simulator.newTenant(simulatorUrl, prefix, "PT30S");
        sim.numbers("directRouting", "+14255550400", 3);
        AssignerTenants.register(registry, sim, 20, 4);
        return sim;
    }
}
