package io.switchboard.directory.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.directory.support.NotificationEndpointResource;
import io.switchboard.directory.support.SimulatorTenant;
import io.switchboard.directory.support.UserChanges;
import io.switchboard.directory.sync.SyncService;
import io.switchboard.directory.tenants.TenantRegistry;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Change notifications: subscription, validation handshake, clientState check, and a round within seconds. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@QuarkusTestResource(NotificationEndpointResource.class)
class ChangeNotificationsTest {

    @Inject
    TenantRegistry registry;
    @Inject
    SyncService sync;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    void changeIsPublishedThroughANotificationWithoutWaitingForThePoll() {
        // given a tenant that is polled only once an hour
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        String first = tenant.createUser("gus", "Berlin");
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        registry.add(tenant.watchedWithNotifications(Duration.ofHours(1)));
        events.awaitOne(first, UserChangeType.JOINED);

        // when the watcher has subscribed (Graph validated the URL) and a user changes
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).subscriptionId() != null);
        assertThat(sync.state(tenant.id()).clientState()).isNotBlank();
        tenant.update(first, SimulatorTenant.changes().put("city", "Hamburg"));

        // then the change notification makes a round run and the event comes out
        assertThat(events.awaitOne(first, UserChangeType.MOVED).user().city()).isEqualTo("Hamburg");
        assertThat(tenant.requests("/subscriptions")).anyMatch(r -> r.path("status").asInt() == 201);
    }

    @Test
    void validationHandshakeEchoesTheTokenAsPlainText() {
        given().queryParam("validationToken", "Validation: token with spaces & symbols")
                .when().post("/api/notifications/users")
                .then().statusCode(200)
                .contentType("text/plain")
                .body(equalTo("Validation: token with spaces & symbols"));
    }

    @Test
    void notificationWithAWrongClientStateIsAcceptedButIgnored() {
        // given a subscribed tenant
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        registry.add(tenant.watchedWithNotifications(Duration.ofHours(1)));
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).subscriptionId() != null);
        double rejectedBefore = rejected();

        // when a notification with a forged clientState arrives
        given().contentType("application/json")
                .body(Map.of("value", java.util.List.of(Map.of("subscriptionId", "x", "clientState", "forged",
                        "changeType", "updated", "resource", "Users/1", "tenantId", tenant.id()))))
                .when().post("/api/notifications/users")
                .then().statusCode(202);

        // then it is counted as rejected
        assertThat(rejected()).isEqualTo(rejectedBefore + 1);
    }

    private static double rejected() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("switchboard_directory_notifications_total") && l.contains("outcome=\"rejected\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
