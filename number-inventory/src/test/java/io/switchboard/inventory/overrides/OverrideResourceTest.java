package io.switchboard.inventory.overrides;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.events.Topics;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.inventory.support.Published;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class OverrideResourceTest {

    private static final String FIRST = "+442079465000";
    private static final String FIFTH = "+442079465004";

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "overrides-" + UUID.randomUUID();

    @Test
    @TestSecurity(user = "olga", roles = {"operator", "tenant:*"})
    void overrideReleasesTheOldNumberAndReservesTheChosenOneNamingTheAdmin() {
        // given alice holds the first number of a range
        String range = inventory.range(tenant, "London", FIRST, "+442079465009", 0).id();
        given().contentType(ContentType.JSON).body(Map.of("rangeId", range))
                .when().put("/api/tenants/{t}/users/alice/number", tenant)
                .then().statusCode(200).body("reserved.phoneNumber", equalTo(FIRST));

        // when an operator gives her the fifth number instead
        given().contentType(ContentType.JSON).body(Map.of("phoneNumber", FIFTH))
                .when().put("/api/tenants/{t}/users/alice/number", tenant)
                .then().statusCode(200)
                .body("reserved.phoneNumber", equalTo(FIFTH)).body("releasing.phoneNumber", equalTo(FIRST));

        // then the old one is being released, the new one reserved, both announced, and the audit names the operator
        var events = Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "alice", 3);
        assertThat(events.get(1)).isInstanceOfSatisfying(ReleaseRequested.class, r -> assertThat(r.phoneNumber()).isEqualTo(FIRST));
        assertThat(events.get(2)).isInstanceOfSatisfying(NumberReserved.class, r -> {
            assertThat(r.phoneNumber()).isEqualTo(FIFTH);
            assertThat(r.meta().causationId()).isEqualTo(events.get(1).meta().eventId());
        });
        assertThat(inventory.state(tenant, FIRST)).isEqualTo("RELEASING");
        given().when().get("/api/tenants/{t}/users/alice/number", tenant)
                .then().statusCode(200).body("phoneNumber", equalTo(FIFTH)).body("state", equalTo("RESERVED"));
        given().when().get("/api/tenants/{t}/users/alice/history", tenant)
                .then().statusCode(200).body("actor", hasItem("user:olga")).body("reason", hasItem(containsString("replaced by " + FIFTH)));
    }

    @Test
    @TestSecurity(user = "olga", roles = {"operator", "tenant:*"})
    void aNumberSomeoneElseHoldsCannotBeGiven() {
        String range = inventory.range(tenant, "London", FIRST, "+442079465009", 0).id();
        given().contentType(ContentType.JSON).body(Map.of("rangeId", range)).put("/api/tenants/{t}/users/bob/number", tenant);

        given().contentType(ContentType.JSON).body(Map.of("phoneNumber", FIRST))
                .when().put("/api/tenants/{t}/users/carol/number", tenant)
                .then().statusCode(409).body("detail", containsString("RESERVED for user bob"));
        given().contentType(ContentType.JSON).body(Map.of("phoneNumber", FIRST, "rangeId", range))
                .when().put("/api/tenants/{t}/users/carol/number", tenant)
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "olga", roles = {"operator", "tenant:*"})
    void deleteReleasesTheUsersNumber() {
        String range = inventory.range(tenant, "London", FIRST, "+442079465009", 0).id();
        given().contentType(ContentType.JSON).body(Map.of("rangeId", range)).put("/api/tenants/{t}/users/dan/number", tenant);

        given().when().delete("/api/tenants/{t}/users/dan/number", tenant)
                .then().statusCode(200).body("state", equalTo("RELEASING"));

        assertThat(Published.await(kafka, Topics.INVENTORY_RESERVATIONS, tenant, "dan", 2).get(1)).isInstanceOf(ReleaseRequested.class);
        given().when().get("/api/tenants/{t}/users/dan/number", tenant).then().statusCode(404);
        given().when().delete("/api/tenants/{t}/users/dan/number", tenant).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "vic", roles = {"viewer", "tenant:*"})
    void viewersCannotOverride() {
        given().contentType(ContentType.JSON).body(Map.of("phoneNumber", FIRST))
                .when().put("/api/tenants/{t}/users/erin/number", tenant).then().statusCode(403);
    }
}
