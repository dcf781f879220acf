package io.switchboard.inventory.ranges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Inventory;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class RangeResourceTest {

    @Inject
    Inventory inventory;

    private final String tenant = "ranges-" + UUID.randomUUID();

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void createsARangeWithCountryAndAreaCodeDerivedFromTheNumbers() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "London", "numberType", "DIRECT_ROUTING", "provider", "Acme",
                        "firstNumber", "+442079464000", "lastNumber", "+442079464099", "locationId", "loc-9",
                        "tags", java.util.List.of("hq"), "quarantineDays", 14))
                .when().post("/api/tenants/{t}/ranges", tenant)
                .then().statusCode(201)
                .body("countryCode", equalTo("GB")).body("areaCode", equalTo("20"))
                .body("size", equalTo(100)).body("free", equalTo(100)).body("utilisation", equalTo(0.0f))
                .body("locationId", equalTo("loc-9")).body("quarantineDays", equalTo(14));

        given().when().get("/api/tenants/{t}/ranges", tenant)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].name", equalTo("London"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void overlappingRangeIsRejectedNamingTheNumbersAndTheRange() {
        inventory.range(tenant, "London", "+442079464000", "+442079464099", 0);

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Overlap", "numberType", "CALLING_PLAN", "firstNumber", "+442079464090", "lastNumber", "+442079464199"))
                .when().post("/api/tenants/{t}/ranges", tenant)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("+442079464090 (range 'London')"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void invalidRangeListsEveryProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("numberType", "CALLING_PLAN", "numbers", java.util.List.of("12345", "+442079464000")))
                .when().post("/api/tenants/{t}/ranges", tenant)
                .then().statusCode(422)
                .body("errors.message", hasItem(containsString("name is required")))
                .body("errors.message", hasItem(containsString("'12345' is not in E.164 form")));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void countsAndUtilisationFollowTheNumbersStates() {
        String id = inventory.range(tenant, "Small", "+442079464000", "+442079464003", 0).id();
        inventory.update("update number set state = 'ASSIGNED', user_id = 'u1' where tenant_id = ? and e164 = '+442079464000'", tenant);
        inventory.update("update number set state = 'QUARANTINED', quarantine_until = now() where tenant_id = ? and e164 = '+442079464001'", tenant);

        given().when().get("/api/tenants/{t}/ranges/{id}", tenant, id)
                .then().statusCode(200)
                .body("free", equalTo(2)).body("used", equalTo(1)).body("quarantined", equalTo(1))
                .body("utilisation", equalTo(0.25f)).body("byState.ASSIGNED", equalTo(1));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void settingsChangeAndAnUnusedRangeCanBeDeleted() {
        String id = inventory.range(tenant, "Old", "+442079464000", "+442079464003", 0).id();

        given().contentType(ContentType.JSON).body(Map.of("name", "New", "numberType", "OPERATOR_CONNECT", "quarantineDays", 7))
                .when().put("/api/tenants/{t}/ranges/{id}", tenant, id)
                .then().statusCode(200).body("name", equalTo("New")).body("numberType", equalTo("OPERATOR_CONNECT"));
        given().when().delete("/api/tenants/{t}/ranges/{id}", tenant, id).then().statusCode(204);
        given().when().get("/api/tenants/{t}/ranges/{id}", tenant, id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
    void rangeWithANumberInUseCannotBeDeleted() {
        String id = inventory.range(tenant, "Busy", "+442079464000", "+442079464003", 0).id();
        inventory.update("update number set state = 'RESERVED', user_id = 'u1' where tenant_id = ? and e164 = '+442079464000'", tenant);

        given().when().delete("/api/tenants/{t}/ranges/{id}", tenant, id)
                .then().statusCode(409).body("detail", containsString("still has 1 numbers in use"));
    }

    @Test
    @TestSecurity(user = "vic", roles = {"viewer", "tenant:other"})
    void callerSeesOnlyTheTenantsItsTokenAllowsAndViewersCannotCreate() {
        given().when().get("/api/tenants/{t}/ranges", tenant).then().statusCode(403);
        given().when().get("/api/tenants/other/ranges").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().post("/api/tenants/other/ranges").then().statusCode(403);
    }
}
