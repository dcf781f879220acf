package io.switchboard.presence.identities;

import static io.restassured.RestAssured.given;
import static io.switchboard.presence.support.Bridge.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.presence.support.Bridge;
import io.switchboard.presence.support.SimulatedTenant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class IdentityMatchingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "switchboard.test.graph-simulator.url")
    String simulatorUrl;

    private Bridge bridge;
    private SimulatedTenant tenant;

    @BeforeEach
    void tenant() {
        bridge = new Bridge(bootstrapServers);
        tenant = SimulatedTenant.create(simulatorUrl, List.of("eva", "finn", "gus"));
        bridge.usersJoined(tenant, List.of("eva", "finn", "gus"));
    }

    @Test
    void assignedNumbersMatchExtensionsAndTheSecondExtensionOfAUserIsReported() {
        // given a PBX matched by 3-digit extension; eva got 101 first, then 207
        bridge.platform(tenant.id(), "pbx", "EXTENSION", "PRIMARY", List.of());
        bridge.numberAssigned(tenant.id(), "eva", "+49 30 5550101");
        bridge.awaitMatched(tenant.id(), "pbx", "101", "eva");
        bridge.numberAssigned(tenant.id(), "eva", "+49 30 5550207");

        // then 101 stays eva's extension and the report lists 207 as not used, with the policy
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath report = conflicts("pbx");
            assertThat(report.getList("conflicts.subject")).containsExactly("eva");
            assertThat(report.getString("conflicts[0].kind")).isEqualTo("USER_HAS_SEVERAL");
            assertThat(report.getString("conflicts[0].chosen")).isEqualTo("101");
            assertThat(report.getList("conflicts[0].rejected")).containsExactly("207");
        });

        // and a call on 101 reaches eva in Teams
        bridge.report(tenant.id(), "pbx", "101", "in_call").statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("eva")).isEqualTo("Busy/InACall"));
    }

    @Test
    void oneExtensionClaimedByTwoUsersGoesToTheLowestUserUnderTheLowestPolicy() {
        // given two users whose numbers end in the same extension (finn's assigned after gus's)
        bridge.platform(tenant.id(), "pbx2", "EXTENSION", "LOWEST", List.of());
        bridge.numberAssigned(tenant.id(), "gus", "+49 40 1110300");
        bridge.awaitMatched(tenant.id(), "pbx2", "300", "gus");
        bridge.numberAssigned(tenant.id(), "finn", "+49 89 2220300");

        // then the lower user id wins, whatever the arrival order, and the report says who lost
        bridge.awaitMatched(tenant.id(), "pbx2", "300", "finn");
        JsonPath report = conflicts("pbx2");
        assertThat(report.getString("conflicts[0].kind")).isEqualTo("IDENTITY_SHARED");
        assertThat(report.getString("conflicts[0].subject")).isEqualTo("300");
        assertThat(report.getList("conflicts[0].rejected")).containsExactly("gus");

        // and a state for 300 goes to finn only
        bridge.report(tenant.id(), "pbx2", "300", "presenting").statusCode(202).body("APPLIED", org.hamcrest.Matchers.is(1));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tenant.presence("finn")).isEqualTo("DoNotDisturb/Presenting"));
        assertThat(tenant.presence("gus")).isEqualTo("Offline/Offline");
    }

    @Test
    void aDeletedUserStopsMatchingAndTheStatusCountsSyncedUsers() {
        bridge.platform(tenant.id(), "zoom", "EMAIL", "PRIMARY", List.of());
        bridge.awaitMatched(tenant.id(), "zoom", tenant.mail("gus"), "gus");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().get("/api/tenants/{t}/status", tenant.id())
                .jsonPath().getInt("platforms[0].usersSynced")).isEqualTo(3));

        // when gus is deleted in the directory
        var gus = new io.switchboard.events.directory.DirectoryUser("gus", "gus", tenant.mail("gus"), tenant.mail("gus"), true,
                null, null, null, null, null, null, null, null, null);
        bridge.publish(io.switchboard.events.Topics.DIRECTORY_USER_CHANGES, new io.switchboard.events.directory.UserChanged(
                io.switchboard.events.EventMeta.origin(tenant.id()), io.switchboard.events.directory.UserChangeType.DELETED, gus,
                io.switchboard.events.directory.LicenceView.NONE, List.of(), java.util.Map.of(),
                io.switchboard.events.directory.DeletionKind.SOFT));

        // then his address no longer matches and two users remain in sync
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("identity", tenant.mail("gus"))
                .get("/api/tenants/{t}/platforms/zoom/matches", tenant.id()).then().statusCode(404));
        assertThat(given().get("/api/tenants/{t}/status", tenant.id()).jsonPath().getInt("platforms[0].usersSynced")).isEqualTo(2);
    }

    private JsonPath conflicts(String platform) {
        return given().get("/api/tenants/{t}/platforms/{p}/conflicts", tenant.id(), platform).then().statusCode(200).extract().jsonPath();
    }
}
