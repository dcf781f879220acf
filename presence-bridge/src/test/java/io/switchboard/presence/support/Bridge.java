package io.switchboard.presence.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.presence.platforms.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Drives the bridge the way its neighbours do: REST for admins, Kafka for events, signed webhooks for platforms. */
public final class Bridge {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    public static final String SECRET = "inbound-secret-0123456789";

    private final String bootstrapServers;

    public Bridge(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void platform(String tenant, String platformId, String identityKey, String conflictPolicy, List<String> webhookUrls) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", platformId + " PBX");
        body.put("identityKey", identityKey);
        body.put("extensionDigits", 3);
        body.put("conflictPolicy", conflictPolicy);
        body.put("inboundSecret", SECRET);
        body.put("webhookUrls", webhookUrls);
        given().contentType("application/json").body(body)
                .when().put("/api/tenants/{t}/platforms/{p}", tenant, platformId)
                .then().statusCode(200);
    }

    /** The directory-watcher saw these users join (mail = UPN from the simulated tenant). */
    public void usersJoined(SimulatedTenant tenant, List<String> userIds) {
        for (String userId : userIds) {
            DirectoryUser user = new DirectoryUser(userId, userId, tenant.mail(userId), tenant.mail(userId), true,
                    null, null, null, null, null, null, null, null, null);
            publish(Topics.DIRECTORY_USER_CHANGES, new UserChanged(EventMeta.origin(tenant.id()), UserChangeType.JOINED, user,
                    LicenceView.NONE, List.of(), Map.of(), null));
        }
    }

    /** The teams-assigner assigned a number. */
    public void numberAssigned(String tenant, String userId, String number) {
        publish(Topics.TEAMS_ASSIGNMENTS, new AssignmentCompleted(EventMeta.origin(tenant), UUID.randomUUID().toString(), userId,
                number, NumberType.DIRECT_ROUTING, "op-" + UUID.randomUUID()));
    }

    public void publish(String topic, SwitchboardEvent event) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, null, event.key(), EventJson.write(event),
                    CloudEventHeaders.of(event, "/test"))).awaitCompletion(PATIENCE);
        }
    }

    public void awaitMatched(String tenant, String platformId, String identity, String userId) {
        await().atMost(PATIENCE).until(() -> given().queryParam("identity", identity)
                .get("/api/tenants/{t}/platforms/{p}/matches", tenant, platformId).statusCode() == 200
                && userId.equals(given().queryParam("identity", identity)
                .get("/api/tenants/{t}/platforms/{p}/matches", tenant, platformId).jsonPath().getString("userId")));
    }

    /** POSTs a correctly signed webhook body. */
    public ValidatableResponse report(String tenant, String platformId, String identity, String state) {
        String body = "{\"identity\":\"" + identity + "\",\"state\":\"" + state + "\",\"observedAt\":\"" + java.time.Instant.now() + "\"}";
        return signed(tenant, platformId, body, System.currentTimeMillis() / 1000, SECRET);
    }

    public ValidatableResponse signed(String tenant, String platformId, String body, long timestamp, String secret) {
        return given().contentType("application/json")
                .header(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .body(body)
                .when().post("/api/tenants/{t}/platforms/{p}/presence", tenant, platformId)
                .then();
    }
}
