package io.switchboard.presence.outbound;

import static io.switchboard.presence.support.Bridge.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.events.EventJson;
import io.switchboard.events.Topics;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.presence.platforms.WebhookSignatures;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.SimulatedTenant;
import io.switchboard.presence.support.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class TeamsToPlatformTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "switchboard.test.graph-simulator.url")
    String simulatorUrl;

    private Bridge bridge;
    private SimulatedTenant tenant;
    private final WebhookReceiver zoomHook = new WebhookReceiver();
    private final WebhookReceiver nfonHook = new WebhookReceiver();

    @BeforeEach
    void tenantWithTwoPlatforms() {
        bridge = new Bridge(bootstrapServers);
        tenant = SimulatedTenant.create(simulatorUrl, List.of("carl", "dora"));
        bridge.platform(tenant.id(), "zoom", "EMAIL", "PRIMARY", List.of(zoomHook.url()));
        bridge.platform(tenant.id(), "nfon", "UPN", "PRIMARY", List.of(nfonHook.url()));
        bridge.usersJoined(tenant, List.of("carl", "dora"));
        bridge.awaitMatched(tenant.id(), "zoom", tenant.mail("carl"), "carl");
        bridge.awaitMatched(tenant.id(), "nfon", tenant.mail("dora"), "dora");
        // the first poll delivers everyone's initial state (Offline)
        await().atMost(PATIENCE).until(() -> zoomHook.states("carl").contains("offline") && zoomHook.states("dora").contains("offline"));
    }

    @AfterEach
    void stopReceivers() {
        zoomHook.close();
        nfonHook.close();
    }

    @Test
    void everyTeamsStateReachesThePlatformAsItsMappedState() {
        // app sessions (what Teams' own clients set) and the user's preferred presence, each row of the default table
        String[][] rows = {
                {"session", "Busy", "InACall", "in_call"},
                {"session", "Available", "Available", "available"},
                {"session", "Busy", "InAConferenceCall", "in_call"},
                {"session", "Away", "Away", "away"},
                {"session", "DoNotDisturb", "Presenting", "presenting"},
                {"preferred", "Busy", "Busy", "busy"},
                {"preferred", "DoNotDisturb", "DoNotDisturb", "do_not_disturb"},
                {"preferred", "BeRightBack", "BeRightBack", "away"},
                {"preferred", "Available", "Available", "available"},
                {"preferred", "Offline", "OffWork", "offline"}};
        for (String[] row : rows) {
            if (row[0].equals("session")) {
                tenant.teamsSets("carl", row[1], row[2]);
            } else {
                tenant.userPrefers("carl", row[1], row[2]);
            }
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(last(zoomHook.states("carl"))).as(row[1] + "/" + row[2]).isEqualTo(row[3]));
        }
    }

    @Test
    void aDeliveryIsSignedAndNamesThePlatformsOwnIdentity() {
        tenant.teamsSets("dora", "Busy", "InACall");

        await().atMost(PATIENCE).until(() -> nfonHook.states("dora").contains("in_call"));
        WebhookReceiver.Delivery delivery = nfonHook.deliveries().stream()
                .filter(d -> d.json().path("userId").asText().equals("dora") && d.json().path("state").asText().equals("in_call"))
                .findFirst().orElseThrow();
        assertThat(delivery.json().path("identity").asText()).isEqualTo(tenant.mail("dora").toLowerCase());
        assertThat(delivery.json().path("origin").asText()).isEqualTo("TEAMS");
        assertThat(delivery.signature()).isEqualTo(WebhookSignatures.sign(Bridge.SECRET, Long.parseLong(delivery.timestamp()),
                delivery.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTeamsChangeIsPublishedWithOriginTeams() {
        tenant.teamsSets("dora", "Away", "Away");

        List<PresenceChanged> changes = TopicReader.await(bootstrapServers, Topics.PRESENCE_UPDATES, 2,
                r -> r.key().equals(tenant.id() + "/dora"), PATIENCE).stream()
                .map(r -> EventJson.read(r.value(), PresenceChanged.class)).toList();
        assertThat(changes).extracting(PresenceChanged::origin).containsOnly(PresenceOrigin.TEAMS);
        assertThat(changes.get(1).availability()).isEqualTo("Away");
        assertThat(changes.get(1).sequence()).isGreaterThan(changes.get(0).sequence());
    }

    @Test
    void aStateFromOnePlatformNeverGoesBackToItButReachesTheOther() {
        // when zoom says carl is in a call
        bridge.report(tenant.id(), "zoom", tenant.mail("carl"), "in_call").statusCode(202);

        // then Teams shows it, nfon hears it, and after a later real Teams change...
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("carl")).isEqualTo("Busy/InACall"));
        await().atMost(PATIENCE).until(() -> nfonHook.states("carl").contains("in_call"));
        tenant.userPrefers("carl", "DoNotDisturb", "DoNotDisturb");
        await().atMost(PATIENCE).until(() -> zoomHook.states("carl").contains("do_not_disturb"));

        // ...zoom got the Teams change but never its own in_call back
        assertThat(zoomHook.states("carl")).containsExactly("offline", "do_not_disturb");
        assertThat(nfonHook.states("carl")).containsExactly("offline", "in_call", "do_not_disturb");
    }

    @Test
    void theUsersPreferredPresenceIsLeftAlone() {
        // given the user chose Do not disturb in Teams while the platform reports a call
        tenant.userPrefers("dora", "DoNotDisturb", "DoNotDisturb");
        bridge.report(tenant.id(), "nfon", tenant.mail("dora"), "in_call").statusCode(202);

        // then the bridge's session is set, but Teams still shows the user's choice and the bridge never touched it
        await().atMost(PATIENCE).until(() -> !tenant.requests("/presence/setPresence").isEmpty());
        await().atMost(PATIENCE).until(() -> zoomHook.states("dora").contains("in_call"));
        assertThat(tenant.presence("dora")).isEqualTo("DoNotDisturb/DoNotDisturb");
        assertThat(tenant.requests("PreferredPresence")).allMatch(r -> !r.contains(SimulatedTenant.BRIDGE_CLIENT_ID));
    }

    @Test
    void aFailingWebhookIsRetriedAndTheLatestStateArrives() {
        // given the platform's endpoint fails three times
        zoomHook.failNext(3);

        // when Teams changes twice in a row
        tenant.teamsSets("carl", "Busy", "InACall");
        await().atMost(PATIENCE).until(() -> tenant.requests("getPresencesByUserId").size() > 3);
        tenant.teamsSets("carl", "Away", "Away");

        // then the platform ends with the latest state and never saw an older one after it
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(last(zoomHook.states("carl"))).isEqualTo("away"));
        List<String> states = zoomHook.states("carl");
        assertThat(states.subList(states.indexOf("away"), states.size())).containsOnly("away");
    }

    private static String last(List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
