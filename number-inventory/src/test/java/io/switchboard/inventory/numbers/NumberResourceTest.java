package io.switchboard.inventory.numbers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Inventory;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class NumberResourceTest {

    @Inject
    Inventory inventory;
    @Inject
    QuarantineExpiry quarantine;

    private final String tenant = "numbers-" + UUID.randomUUID();

    @Test
    @TestSecurity(user = "vic", roles = {"viewer", "tenant:*"})
    void numbersArePagedAndSearchableByStateNumberAndUser() {
        inventory.range(tenant, "London", "+442079466000", "+442079466024", 0);
        inventory.update("update number set state = 'ASSIGNED', user_id = 'zoe' where tenant_id = ? and e164 = '+442079466013'", tenant);

        given().queryParam("state", "AVAILABLE").queryParam("page", 2).queryParam("size", 10)
                .when().get("/api/tenants/{t}/numbers", tenant)
                .then().statusCode(200).body("total", equalTo(24)).body("items", hasSize(4))
                .body("items[0].phoneNumber", equalTo("+442079466021"));
        given().queryParam("search", "zoe").when().get("/api/tenants/{t}/numbers", tenant)
                .then().body("items.phoneNumber", contains("+442079466013"));
        given().queryParam("search", "9466002").when().get("/api/tenants/{t}/numbers", tenant)
                .then().body("items.phoneNumber", contains("+442079466002"));
        given().when().get("/api/tenants/{t}/numbers/+442079466013", tenant)
                .then().statusCode(200).body("userId", equalTo("zoe")).body("state", equalTo("ASSIGNED"));
    }

    @Test
    @TestSecurity(user = "olga", roles = {"operator", "tenant:*"})
    void blockAndUnblockAreAuditedAndAHeldNumberCannotBeBlocked() {
        inventory.range(tenant, "London", "+442079466000", "+442079466001", 0);
        inventory.update("update number set state = 'ASSIGNED', user_id = 'zoe' where tenant_id = ? and e164 = '+442079466001'", tenant);

        given().queryParam("reason", "fraud").when().post("/api/tenants/{t}/numbers/+442079466000/block", tenant)
                .then().statusCode(200).body("state", equalTo("BLOCKED"));
        given().when().post("/api/tenants/{t}/numbers/+442079466000/unblock", tenant)
                .then().statusCode(200).body("state", equalTo("AVAILABLE"));
        given().when().post("/api/tenants/{t}/numbers/+442079466001/block", tenant)
                .then().statusCode(409).body("detail", containsString("cannot go from ASSIGNED to BLOCKED"));

        given().when().get("/api/tenants/{t}/numbers/+442079466000/history", tenant)
                .then().statusCode(200)
                .body("to", contains("AVAILABLE", "BLOCKED", "AVAILABLE"))
                .body("actor[1]", equalTo("user:olga")).body("reason[1]", equalTo("fraud"));
    }

    @Test
    @TestSecurity(user = "vic", roles = {"viewer", "tenant:*"})
    void viewersCannotBlock() {
        inventory.range(tenant, "London", "+442079466000", "+442079466001", 0);
        given().when().post("/api/tenants/{t}/numbers/+442079466000/block", tenant).then().statusCode(403);
    }

    @Test
    void quarantineExpiryReturnsOnlyExpiredNumbersToThePool() {
        // given one number whose quarantine ended and one still in quarantine
        inventory.range(tenant, "London", "+442079466000", "+442079466001", 30);
        inventory.update("update number set state = 'QUARANTINED', quarantine_until = now() - interval '1 minute' "
                + "where tenant_id = ? and e164 = '+442079466000'", tenant);
        inventory.update("update number set state = 'QUARANTINED', quarantine_until = now() + interval '29 days' "
                + "where tenant_id = ? and e164 = '+442079466001'", tenant);

        // when the expiry job runs
        Inventory.await(() -> quarantine.releaseExpired(Instant.now()));

        // then only the expired one is available, with its audit line
        assertThat(inventory.state(tenant, "+442079466000")).isEqualTo("AVAILABLE");
        assertThat(inventory.state(tenant, "+442079466001")).isEqualTo("QUARANTINED");
        assertThat(inventory.rows("select actor, from_state from number_audit where tenant_id = ? and e164 = '+442079466000' "
                + "order by id desc limit 1", tenant).get(0)).containsExactly("system:quarantine-expiry", "QUARANTINED");
    }
}
