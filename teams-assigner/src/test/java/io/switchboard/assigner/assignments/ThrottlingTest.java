package io.switchboard.assigner.assignments;

import static io.switchboard.assigner.support.Reservations.PATIENCE;
import static io.switchboard.assigner.support.Reservations.await;
import static io.switchboard.assigner.support.Reservations.publish;
import static io.switchboard.assigner.support.Reservations.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.assigner.support.AssignerTenants;
import io.switchboard.assigner.support.Reservations;
import io.switchboard.assigner.support.Simulator;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class ThrottlingTest {

    @Inject
    TenantRegistry registry;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void stormOf429IsRiddenOutHonouringRetryAfter() {
        // given Teams answers the next five assignNumber calls with 429 and Retry-After: 1
        Simulator sim = tenant("storm", 1);
        sim.fault(Simulator.JSON.createObjectNode().put("kind", "THROTTLE").put("pathPattern", "assignNumber")
                .put("method", "POST").put("count", 5).put("retryAfterSeconds", 1));
        List<String> users = List.of(sim.user("u1", true), sim.user("u2", true), sim.user("u3", true));

        // when three numbers are reserved at once
        publish(kafka, reserved(sim.tenantId(), users.get(0), "+14255550200", NumberType.DIRECT_ROUTING),
                reserved(sim.tenantId(), users.get(1), "+14255550201", NumberType.DIRECT_ROUTING),
                reserved(sim.tenantId(), users.get(2), "+14255550202", NumberType.DIRECT_ROUTING));

        // then all three end assigned, each with exactly one accepted assignNumber
        List<AssignmentCompleted> completed = await(kafka, sim.tenantId(), AssignmentCompleted.class, 3);
        assertThat(completed).extracting(AssignmentCompleted::userId).containsExactlyInAnyOrderElementsOf(users);
        List<JsonNode> calls = sim.requests(".assignNumber");
        assertThat(calls).filteredOn(c -> c.path("status").asInt() == 429).hasSize(5);
        assertThat(calls).filteredOn(c -> c.path("status").asInt() == 202).hasSize(3);
        // and no Graph request of the tenant followed a 429 sooner than its Retry-After (one task at a time here,
        // so every request after a 429 was sent after the 429 arrived)
        List<JsonNode> all = sim.requests("/v1.0/");
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).path("status").asInt() == 429) {
                Duration gap = Duration.between(Instant.parse(all.get(i).path("time").asText()), Instant.parse(all.get(i + 1).path("time").asText()));
                assertThat(gap).as("gap after the 429 at %s", all.get(i).path("time").asText()).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            }
        }
        // and throttling is reported at most once per task, as retryable progress
        List<AssignmentFailed> progress = Reservations.all(kafka, sim.tenantId(), AssignmentFailed.class);
        assertThat(progress).allSatisfy(f -> {
            assertThat(f.retryable()).isTrue();
            assertThat(f.reason()).isEqualTo(FailureReason.TRANSIENT);
        });
        assertThat(progress).extracting(AssignmentFailed::reservationId).doesNotHaveDuplicates();
    }

    @Test
    void throttledTenantDoesNotHoldUpAnother() {
        // given tenant A is throttled for a long time and tenant B is not
        Simulator throttled = tenant("throttled", 4);
        throttled.fault(Simulator.JSON.createObjectNode().put("kind", "THROTTLE").put("pathPattern", "assignNumber")
                .put("method", "POST").put("retryAfterSeconds", 120));
        Simulator healthy = tenant("healthy", 4);
        String a = throttled.user("a", true);
        String b = healthy.user("b", true);

        // when both get a reservation, A's first
        publish(kafka, reserved(throttled.tenantId(), a, "+14255550200", NumberType.DIRECT_ROUTING));
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> !throttled.requests(".assignNumber").isEmpty());
        publish(kafka, reserved(healthy.tenantId(), b, "+14255550200", NumberType.DIRECT_ROUTING));

        // then B completes while A is still waiting out its Retry-After, having sent nothing more
        await(kafka, healthy.tenantId(), AssignmentCompleted.class, 1);
        assertThat(Reservations.all(kafka, throttled.tenantId(), AssignmentCompleted.class)).isEmpty();
        assertThat(throttled.requests(".assignNumber")).hasSize(1);
        throttled.clearFaults();
    }

    private Simulator tenant(String prefix, int concurrency) {
        Simulator sim = Simulator.newTenant(simulatorUrl, prefix, "PT30S");
        sim.numbers("directRouting", "+14255550200", 5);
        AssignerTenants.register(registry, sim, 20, concurrency);
        return sim;
    }
}
