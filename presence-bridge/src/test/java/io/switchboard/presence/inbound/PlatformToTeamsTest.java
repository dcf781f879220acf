package io.switchboard.presence.inbound;

import static io.switchboard.presence.support.Bridge.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.Topics;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.SimulatedTenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class PlatformToTeamsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "switchboard.test.graph-simulator.url")
    String simulatorUrl;

    private Bridge bridge;
    private SimulatedTenant tenant;

    @BeforeEach
    void tenantWithOnePlatform() {
        bridge = new Bridge(bootstrapServers);
        tenant = SimulatedTenant.create(simulatorUrl, List.of("anna", "ben"));
        bridge.platform(tenant.id(), "zoom", "EMAIL", "PRIMARY", List.of());
        bridge.usersJoined(tenant, List.of("anna", "ben"));
        bridge.awaitMatched(tenant.id(), "zoom", tenant.mail("anna"), "anna");
        bridge.awaitMatched(tenant.id(), "zoom", tenant.mail("ben"), "ben");
    }

    @Test
    void everyPlatformStateReachesTeamsAsItsMappedPair() {
        // each row of the default table, one after the other for the same user
        String[][] rows = {
                {"in_call", "Busy/InACall"},
                {"presenting", "DoNotDisturb/Presenting"},
                {"available", "Available/Available"},
                {"in_meeting", "Busy/InACall"},
                {"do_not_disturb", "DoNotDisturb/Presenting"},
                {"away", "Away/Away"},
                {"busy", "Busy/InACall"},
                {"offline", "Offline/Offline"}};
        for (String[] row : rows) {
            // when the platform reports the state through the signed webhook
            bridge.report(tenant.id(), "zoom", tenant.mail("anna"), row[0]).statusCode(202);

            // then Teams shows the mapped pair (offline: the bridge's session is cleared)
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("anna")).as(row[0]).isEqualTo(row[1]));
        }
        assertThat(tenant.requests("/presence/clearPresence")).isNotEmpty().allMatch(r -> r.contains(SimulatedTenant.BRIDGE_CLIENT_ID));
    }

    @Test
    void aReportedStateIsPublishedWithItsPlatformOrigin() {
        // when the platform reports a call
        bridge.report(tenant.id(), "zoom", tenant.mail("ben"), "in_call").statusCode(202);

        // then presence.updates carries it, keyed by user, origin PLATFORM (the Teams poller may
        // publish the user's earlier Teams state on the same key first)
        ConsumerRecord<String, String> record = TopicReader.await(bootstrapServers, Topics.PRESENCE_UPDATES, 1,
                r -> r.key().equals(tenant.id() + "/ben") && r.value().contains("\"origin\":\"PLATFORM\""), PATIENCE).get(0);
        PresenceChanged changed = EventJson.read(record.value(), PresenceChanged.class);
        assertThat(changed.origin()).isEqualTo(PresenceOrigin.PLATFORM);
        assertThat(changed.platformId()).isEqualTo("zoom");
        assertThat(changed.platformState()).isEqualTo("in_call");
        assertThat(changed.availability() + "/" + changed.activity()).isEqualTo("Busy/InACall");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.PRESENCE_CHANGED.ceType());
    }

    @Test
    void eventsFromTheTopicTakeTheSamePath() {
        // when an adapter publishes the platform event on presence.platform-events
        bridge.publish(Topics.PRESENCE_PLATFORM_EVENTS, new PlatformPresenceReported(EventMeta.origin(tenant.id()), "zoom",
                tenant.mail("ben"), "presenting", Instant.now()));

        // then Teams shows it
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("ben")).isEqualTo("DoNotDisturb/Presenting"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOne() {
        Instant now = Instant.now();
        bridge.signed(tenant.id(), "zoom", body(tenant.mail("ben"), "away", now), now.getEpochSecond(), Bridge.SECRET).statusCode(202);
        bridge.signed(tenant.id(), "zoom", body(tenant.mail("ben"), "in_call", now.minusSeconds(5)), now.getEpochSecond(), Bridge.SECRET)
                .statusCode(202);
        bridge.report(tenant.id(), "zoom", tenant.mail("anna"), "presenting").statusCode(202);

        // once a later event of another user went through, ben still shows the newer state
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("anna")).isEqualTo("DoNotDisturb/Presenting"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("ben")).isEqualTo("Away/Away"));
    }

    @Test
    void malformedAndUnknownEventsGoToTheDeadLetterTopic() throws Exception {
        // given a record that is not JSON and an event with a state the platform's table does not know
        String key = tenant.id() + "/zoom:" + tenant.mail("anna");
        PlatformPresenceReported unknownState = new PlatformPresenceReported(EventMeta.origin(tenant.id()), "zoom",
                tenant.mail("anna"), "on_the_moon", Instant.now());
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>(Topics.PRESENCE_PLATFORM_EVENTS, null, key, "{broken",
                            CloudEventHeaders.of(UUID.randomUUID().toString(), EventCatalog.PLATFORM_PRESENCE_REPORTED.ceType(), "/test",
                                    Instant.now(), "zoom:x", tenant.id(), "c", null)),
                    new ProducerRecord<>(Topics.PRESENCE_PLATFORM_EVENTS, null, key, EventJson.write(unknownState),
                            CloudEventHeaders.of(unknownState, "/test"))).awaitCompletion(PATIENCE);
        }

        // then both are dead-lettered with a reason a person can act on
        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrapServers, Topics.dlq(Topics.PRESENCE_PLATFORM_EVENTS), 2,
                r -> key.equals(r.key()), PATIENCE);
        assertThat(dead.get(0).value()).isEqualTo("{broken");
        assertThat(CloudEventHeaders.text(dead.get(1).headers(), "dead-letter-reason"))
                .contains("on_the_moon").contains("inboundMapping");
    }

    private static String body(String identity, String state, Instant observedAt) {
        return "{\"identity\":\"" + identity + "\",\"state\":\"" + state + "\",\"observedAt\":\"" + observedAt + "\"}";
    }
}
