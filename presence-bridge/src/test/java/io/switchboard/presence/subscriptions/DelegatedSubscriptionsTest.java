package io.switchboard.presence.subscriptions;

import static io.restassured.RestAssured.given;
import static io.switchboard.presence.support.Bridge.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.NotificationEndpointResource;
import io.switchboard.presence.support.SimulatedTenant;
import io.switchboard.presence.support.WebhookReceiver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delegated presence subscriptions through the sync account configured for tenant {@code t-presence-sync}
 * (see the %test properties): subscribe, receive, renew, re-create; the poll only as a 10-minute safety net.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@QuarkusTestResource(NotificationEndpointResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class DelegatedSubscriptionsTest {

    static final String TENANT = "t-presence-sync";
    static final String SYNC_ACCOUNT = "presence-sync@t-presence-sync.example.com";

    private static SimulatedTenant tenant;
    private static final WebhookReceiver hook = new WebhookReceiver();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @BeforeEach
    void tenantWithSyncAccountAndSubscriptions() {
        if (tenant == null) {
            tenant = SimulatedTenant.withSyncAccount(simulatorUrl, TENANT, List.of("erin", "fred"), SYNC_ACCOUNT, "sync-account-password-1");
            Bridge bridge = new Bridge(bootstrapServers);
            bridge.platform(TENANT, "zoom", "EMAIL", "PRIMARY", List.of(hook.url()));
            bridge.usersJoined(tenant, List.of("erin", "fred"));
            bridge.awaitMatched(TENANT, "zoom", tenant.mail("fred"), "fred");
        }
        // every user is watched, and the poll has fallen back to its 10-minute safety net
        await().atMost(PATIENCE).until(() -> view().getBoolean("allUsersCovered")
                && view().getString("nextPollAt") != null
                && Instant.parse(view().getString("nextPollAt")).isAfter(Instant.now().plusSeconds(300)));
    }

    @AfterAll
    static void stopReceiver() {
        hook.close();
    }

    @Test
    void theSyncAccountSubscribesToEveryMatchedUser() {
        String id = view().getString("subscriptions[0].id");
        JsonNode subscription = tenant.subscription(id);

        assertThat(view().getInt("usersCovered")).isEqualTo(2);
        assertThat(subscription.path("resource").asText()).startsWith("/communications/presences?$filter=id in (")
                .contains("'erin'").contains("'fred'");
        assertThat(subscription.path("changeType").asText()).isEqualTo("updated");
        assertThat(subscription.path("lifecycleNotificationUrl").asText()).endsWith("/api/graph/presence-notifications");
        assertThat(tenant.requests("/subscriptions")).anyMatch(r -> r.startsWith("POST") && r.endsWith(" 201"));
    }

    @Test
    void aTeamsChangeArrivesThroughANotificationWithoutWaitingForThePoll() {
        long changesBefore = view().getLong("changesNotified");

        tenant.teamsSets("erin", "Busy", "InACall");

        // the next poll is minutes away: only the notification can bring it this early
        await().atMost(PATIENCE).until(() -> hook.states("erin").contains("in_call"));
        assertThat(view().getLong("changesNotified")).isGreaterThan(changesBefore);
    }

    @Test
    void subscriptionsAreRenewedBeforeTheyExpire() {
        String id = view().getString("subscriptions[0].id");
        Instant expires = Instant.parse(view().getString("subscriptions[0].expiresAt"));

        // the test lifetime is 2 minutes with renewal 1 min 45 s ahead: a renewal comes within seconds
        await().atMost(PATIENCE).until(() -> tenant.requests("/subscriptions/" + id).stream().anyMatch(r -> r.startsWith("PATCH") && r.endsWith(" 200")));
        await().atMost(PATIENCE).until(() -> Instant.parse(tenant.subscription(id).path("expirationDateTime").asText()).isAfter(expires));
    }

    @Test
    void aRemovedSubscriptionIsRecreatedAndNotificationsFlowAgain() {
        // given Graph removed the subscription and says so with a lifecycle notification
        String removed = view().getString("subscriptions[0].id");
        String clientState = tenant.subscription(removed).path("clientState").asText();
        tenant.removeSubscription(removed);
        given().contentType("application/json")
                .body(Map.of("value", List.of(Map.of("subscriptionId", removed, "subscriptionExpirationDateTime", Instant.now().toString(),
                        "tenantId", TENANT, "clientState", clientState, "lifecycleEvent", "subscriptionRemoved"))))
                .when().post("/api/graph/presence-notifications")
                .then().statusCode(202);

        // then a new one covers the users and a Teams change comes through it
        await().atMost(PATIENCE).until(() -> view().getBoolean("allUsersCovered") && !removed.equals(view().getString("subscriptions[0].id")));
        tenant.teamsSets("fred", "Away", "Away");
        await().atMost(PATIENCE).until(() -> hook.states("fred").contains("away"));
    }

    @Test
    void aNotificationWithAWrongClientStateIsAcceptedButIgnored() {
        long before = view().getLong("notificationsReceived");

        given().contentType("application/json")
                .body(Map.of("value", List.of(Map.of("subscriptionId", "x", "clientState", "forged", "changeType", "updated",
                        "resource", "communications/presences('erin')", "tenantId", TENANT, "resourceData", Map.of("id", "erin")))))
                .when().post("/api/graph/presence-notifications")
                .then().statusCode(202);

        assertThat(view().getLong("notificationsReceived")).isEqualTo(before);
    }

    @Test
    void theValidationHandshakeEchoesTheToken() {
        given().queryParam("validationToken", "Validation: token with spaces & symbols")
                .when().post("/api/graph/presence-notifications")
                .then().statusCode(200).contentType("text/plain").body(equalTo("Validation: token with spaces & symbols"));
    }

    @Test
    void aTenantWithoutSyncAccountIsOnlyPolled() {
        given().when().get("/api/tenants/{t}/presence-subscriptions", "t-without-sync-account")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath view() {
        return given().when().get("/api/tenants/{t}/presence-subscriptions", TENANT).then().statusCode(200).extract().jsonPath();
    }
}
