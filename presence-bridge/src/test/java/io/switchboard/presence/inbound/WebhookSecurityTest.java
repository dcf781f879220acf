package io.switchboard.presence.inbound;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.presence.platforms.WebhookSignatures;
import io.switchboard.presence.support.Bridge;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class WebhookSecurityTest {

    private static final String BODY = "{\"identity\":\"someone@example.com\",\"state\":\"in_call\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Bridge bridge;
    private final String tenant = "t-" + UUID.randomUUID();

    @BeforeEach
    void platform() {
        bridge = new Bridge(bootstrapServers);
        bridge.platform(tenant, "nfon", "EMAIL", "PRIMARY", List.of());
    }

    @Test
    void aCorrectlySignedRequestIsAccepted() {
        bridge.signed(tenant, "nfon", BODY, now(), Bridge.SECRET).statusCode(202).body("UNMATCHED", org.hamcrest.Matchers.is(1));
    }

    @Test
    void aWrongSecretIsRefused() {
        bridge.signed(tenant, "nfon", BODY, now(), "not-the-secret-at-all").statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("signature does not match"));
    }

    @Test
    void aReplayedRequestIsRefused() {
        long at = now();
        bridge.signed(tenant, "nfon", BODY, at, Bridge.SECRET).statusCode(202);
        bridge.signed(tenant, "nfon", BODY, at, Bridge.SECRET).statusCode(401).body("detail", containsString("already used"));
    }

    @Test
    void aRequestSignedSixMinutesAgoIsRefused() {
        bridge.signed(tenant, "nfon", BODY, now() - 360, Bridge.SECRET).statusCode(401).body("detail", containsString("replay window"));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        long at = now();
        given().contentType("application/json")
                .header(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(at))
                .header(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.sign(Bridge.SECRET, at, BODY.getBytes(StandardCharsets.UTF_8)))
                .body(BODY.replace("in_call", "available"))
                .when().post("/api/tenants/{t}/platforms/{p}/presence", tenant, "nfon")
                .then().statusCode(401);
    }

    @Test
    void unsignedRequestsAndUnknownPlatformsAreRefused() {
        given().contentType("application/json").body(BODY)
                .when().post("/api/tenants/{t}/platforms/{p}/presence", tenant, "nfon")
                .then().statusCode(401).body("detail", containsString("X-Switchboard-Signature"));
        bridge.signed(tenant, "no-such-platform", BODY, now(), Bridge.SECRET).statusCode(401);
    }

    @Test
    void aSignedButInvalidBodyIsABadRequestNamingTheField() {
        bridge.signed(tenant, "nfon", "{\"events\":[{\"identity\":\"x\"}]}", now(), Bridge.SECRET).statusCode(422)
                .body("errors[0].pointer", org.hamcrest.Matchers.is("/events/0/state"));
        bridge.signed(tenant, "nfon", "{\"identity\":\"x\",\"state\":\"teleporting\"}", now(), Bridge.SECRET).statusCode(422)
                .body("detail", containsString("teleporting"));
    }

    @Test
    void rejectionsAreCountedInTheStatus() {
        bridge.signed(tenant, "nfon", BODY, now(), "not-the-secret-at-all").statusCode(401);
        int rejected = given().get("/api/tenants/{t}/status", tenant).then().statusCode(200)
                .extract().jsonPath().getInt("platforms[0].webhookRejected");
        assertThat(rejected).isEqualTo(1);
    }

    @Test
    void platformSecretsAreNeverShownAndOtherTenantsAreForbidden() {
        String platform = given().get("/api/tenants/{t}/platforms/nfon", tenant).then().statusCode(200).extract().asString();
        assertThat(platform).doesNotContain(Bridge.SECRET);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
