package io.switchboard.directory.tenants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.directory.support.SimulatorTenant;
import io.switchboard.directory.support.UserChanges;
import io.switchboard.directory.sync.SyncService;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class TenantsResourceTest {

    @Inject
    TenantRegistry registry;
    @Inject
    SyncService sync;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = GraphSimulatorResource.URL_PROPERTY)
    String simulatorUrl;

    @Test
    @TestSecurity(user = "vera", roles = {"viewer", "tenant:*"})
    void viewerSeesEachTenantWithItsSyncState() {
        // given a tenant with two users, synced once
        SimulatorTenant tenant = syncedTenant(2);

        // then
        given().when().get("/api/tenants")
                .then().statusCode(200)
                .body("tenantId", hasItem(tenant.id()));
        given().when().get("/api/tenants/{t}", tenant.id())
                .then().statusCode(200)
                .body("usersKnown", equalTo(2))
                .body("phase", equalTo("INCREMENTAL"))
                .body("enabled", equalTo(true))
                .body("lastSyncAt", notNullValue())
                .body("lastSuccessAt", notNullValue())
                .body("nextRunAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "vera", roles = {"viewer", "tenant:*"})
    void viewerCannotTriggerASync() {
        SimulatorTenant tenant = syncedTenant(1);

        given().when().post("/api/tenants/{t}/sync", tenant.id())
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "otto", roles = {"operator", "tenant:*"})
    void operatorResyncPublishesUsersMissingFromTheFullListingAsDeleted() {
        // given a synced tenant that is polled only on request, and a user deleted since
        SimulatorTenant tenant = syncedTenant(2);
        UserChanges events = new UserChanges(bootstrapServers, tenant.id());
        String leaver = events.all().get(0).user().id();
        tenant.delete(leaver);

        // when an operator asks for a full resync
        given().when().post("/api/tenants/{t}/resync", tenant.id())
                .then().statusCode(202)
                .body("tenantId", equalTo(tenant.id()));

        // then the user missing from the listing is published as deleted
        assertThat(events.awaitOne(leaver, UserChangeType.DELETED).deletion()).isEqualTo(DeletionKind.SOFT);
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).usersKnown() == 1);
    }

    @Test
    @TestSecurity(user = "otto", roles = {"operator", "tenant:*"})
    void operatorSyncNowPicksUpAChangeWithoutWaitingForThePoll() {
        SimulatorTenant tenant = syncedTenant(1);
        String newcomer = tenant.createUser("newcomer", "Lisbon");

        given().when().post("/api/tenants/{t}/sync", tenant.id()).then().statusCode(202);

        new UserChanges(bootstrapServers, tenant.id()).awaitOne(newcomer, UserChangeType.JOINED);
    }

    @Test
    @TestSecurity(user = "tina", roles = {"operator", "tenant:someone-else"})
    void tenantOutsideTheTokensTenantsIsHiddenAndForbidden() {
        SimulatorTenant tenant = syncedTenant(1);

        given().when().get("/api/tenants").then().statusCode(200).body("tenantId", not(hasItem(tenant.id())));
        given().when().get("/api/tenants/{t}", tenant.id()).then().statusCode(403);
        given().when().post("/api/tenants/{t}/sync", tenant.id()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "otto", roles = {"operator", "tenant:*"})
    void unknownTenantIsAProblem() {
        given().when().post("/api/tenants/{t}/sync", "no-such-tenant")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("not watched"));
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get("/api/tenants").then().statusCode(401);
    }

    private SimulatorTenant syncedTenant(int users) {
        SimulatorTenant tenant = SimulatorTenant.create(simulatorUrl, 100);
        for (int i = 0; i < users; i++) {
            tenant.createUser("user" + i, "Berlin");
        }
        registry.add(tenant.watched(Duration.ofHours(1)));
        await().atMost(UserChanges.PATIENCE).until(() -> sync.state(tenant.id()).roundsCompleted() >= 1);
        new UserChanges(bootstrapServers, tenant.id()).await(users, e -> e.changeType() == UserChangeType.JOINED);
        return tenant;
    }
}
