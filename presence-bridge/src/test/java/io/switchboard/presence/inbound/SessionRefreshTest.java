package io.switchboard.presence.inbound;

import static io.switchboard.presence.support.Bridge.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.SimulatedTenant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The test profile sets sessions of PT5M refreshed 4m54s ahead, i.e. every few seconds. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class SessionRefreshTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "switchboard.test.graph-simulator.url")
    String simulatorUrl;

    @Test
    void aLastingStateIsRefreshedBeforeExpiryAndClearedWhenItEnds() {
        // given a user in a call on the platform
        Bridge bridge = new Bridge(bootstrapServers);
        SimulatedTenant tenant = SimulatedTenant.create(simulatorUrl, List.of("hugo"));
        bridge.platform(tenant.id(), "zoom", "EMAIL", "PRIMARY", List.of());
        bridge.usersJoined(tenant, List.of("hugo"));
        bridge.awaitMatched(tenant.id(), "zoom", tenant.mail("hugo"), "hugo");
        bridge.report(tenant.id(), "zoom", tenant.mail("hugo"), "in_call").statusCode(202);

        // then while the call lasts the session is set again before it would expire, always with the bridge's session id
        await().atMost(PATIENCE).until(() -> tenant.requests("/users/hugo/presence/setPresence").size() >= 3);
        assertThat(tenant.requests("/users/hugo/presence/setPresence")).allMatch(r -> r.contains(SimulatedTenant.BRIDGE_CLIENT_ID) && r.endsWith(" 200"));
        assertThat(tenant.presence("hugo")).isEqualTo("Busy/InACall");

        // when the call ends
        bridge.report(tenant.id(), "zoom", tenant.mail("hugo"), "offline").statusCode(202);

        // then the session is cleared and not refreshed any more
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("hugo")).isEqualTo("Offline/Offline"));
        int setsAtClear = tenant.requests("/users/hugo/presence/setPresence").size();
        bridge.report(tenant.id(), "zoom", tenant.mail("hugo"), "away").statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("hugo")).isEqualTo("Away/Away"));
        List<String> calls = tenant.requests("/users/hugo/presence/");
        assertThat(calls.subList(0, calls.size()).stream().filter(c -> c.contains("clearPresence"))).hasSize(1);
        assertThat(tenant.requests("/users/hugo/presence/setPresence")).hasSize(setsAtClear + 1);
    }
}
