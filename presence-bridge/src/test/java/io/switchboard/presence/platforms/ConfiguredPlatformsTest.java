package io.switchboard.presence.platforms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.GraphSimulatorResource;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.presence.support.Bridge;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Platform {@code sip} of tenant {@code t-configured} is declared in the %test properties. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@QuarkusTestResource(GraphSimulatorResource.class)
@TestSecurity(user = "alice", roles = {"operator", "tenant:*"})
class ConfiguredPlatformsTest {

    static final String TENANT = "t-configured";
    static final String SECRET = "configured-secret-0123456789";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aConfiguredPlatformIsLoadedAtStartWithItsTables() {
        given().when().get("/api/tenants/{t}/platforms/{p}", TENANT, "sip")
                .then().statusCode(200)
                .body("configured", is(true))
                .body("name", is("Static SIP PBX"))
                .body("identityKey", is("EXTENSION"))
                .body("extensionDigits", is(3))
                .body("conflictPolicy", is("PRIMARY"))
                .body("webhookUrls", is(List.of("http://127.0.0.1:9/never-called")))
                .body("inboundMapping.on_hold", is("Busy/InACall"))
                .body("inboundMapping.in_call", is("Busy/InACall"))
                .body("outboundMapping.'Away/Away'", is("gone"))
                .body("inboundSecret", is((Object) null));
    }

    @Test
    void itsConfiguredSecretChecksWebhooks() {
        String body = "{\"identity\":\"123\",\"state\":\"on_hold\"}";
        new Bridge(bootstrapServers).signed(TENANT, "sip", body, System.currentTimeMillis() / 1000, SECRET)
                .statusCode(202).body("UNMATCHED", is(1));
    }

    @Test
    void theApiRefusesToChangeOrDeleteIt() {
        given().contentType("application/json")
                .body(Map.of("name", "edited", "identityKey", "EMAIL", "inboundSecret", "another-secret-0123456789"))
                .when().put("/api/tenants/{t}/platforms/{p}", TENANT, "sip")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("declared in the configuration"));
        given().when().delete("/api/tenants/{t}/platforms/{p}", TENANT, "sip")
                .then().statusCode(409).contentType("application/problem+json");

        given().when().get("/api/tenants/{t}/platforms/{p}", TENANT, "sip").then().statusCode(200).body("name", is("Static SIP PBX"));
    }

    @Test
    void platformsCreatedThroughTheApiStayEditableNextToIt() {
        new Bridge(bootstrapServers).platform(TENANT, "zoom", "EMAIL", "PRIMARY", List.of());

        given().when().get("/api/tenants/{t}/platforms", TENANT)
                .then().statusCode(200)
                .body("find { it.platformId == 'zoom' }.configured", is(false))
                .body("find { it.platformId == 'sip' }.configured", is(true));
        given().when().delete("/api/tenants/{t}/platforms/{p}", TENANT, "zoom").then().statusCode(204);
    }
}
