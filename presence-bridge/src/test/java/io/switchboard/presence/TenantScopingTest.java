package io.switchboard.presence;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
class TenantScopingTest {

    @Test
    @TestSecurity(user = "vera", roles = {"viewer", "tenant:t-mine"})
    void aViewerSeesOnlyItsTenantAndCannotChangePlatforms() {
        given().get("/api/tenants/t-mine/status").then().statusCode(200);
        given().get("/api/tenants/t-other/status").then().statusCode(403);
        given().contentType("application/json").body(Map.of("name", "x"))
                .put("/api/tenants/t-mine/platforms/zoom").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRejected() {
        given().get("/api/tenants/t-mine/platforms").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "olga", roles = {"operator", "tenant:t-mine"})
    void anInvalidPlatformIsRefusedWithEveryProblem() {
        given().contentType("application/json")
                .body(Map.of("name", "PBX", "identityKey", "EXTENSION", "inboundSecret", "short",
                        "webhookUrls", java.util.List.of("ftp://nowhere")))
                .put("/api/tenants/t-mine/platforms/pbx").then().statusCode(400);
        given().contentType("application/json")
                .body(Map.of("name", "PBX", "identityKey", "EXTENSION", "inboundSecret", "long-enough-secret-123",
                        "webhookUrls", java.util.List.of("ftp://nowhere"), "inboundMapping", Map.of("ringing", "Busy/InAMeeting")))
                .put("/api/tenants/t-mine/platforms/pbx").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/webhookUrls/0", "/inboundMapping"));
    }
}
