package io.switchboard.inventory.csv;

import static io.restassured.RestAssured.given;
import static io.switchboard.inventory.support.Published.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.Topics;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Inventory;
import io.switchboard.inventory.support.Published;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
class NumberCsvResourceTest {

    @Inject
    Inventory inventory;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "numbers-csv-" + UUID.randomUUID();

    @Test
    void importDeclaresStatesAuditsTheAdminPublishesTheRangeAndItsExportImportsAsUnchanged() {
        // given a fresh range of ten free numbers
        String range = inventory.range(tenant, "London", "+442079461000", "+442079461009", 0).id();
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        // when an admin imports what was set up by hand before the inventory existed
        given().contentType("text/csv").body("""
                        phoneNumber,state,userId,quarantineUntil,reason
                        +442079461000,ASSIGNED,alice,,assigned by hand in 2023
                        +442079461001,RETAINED,bob,,
                        +442079461002,BLOCKED,,,kept for the CEO
                        +442079461003,QUARANTINED,,%s,
                        +442079461004,AVAILABLE,,,
                        """.formatted(until))
                .when().post("/api/tenants/{t}/csv/numbers", tenant)
                .then().statusCode(200).body("imported", equalTo(4)).body("unchanged", equalTo(1));

        // then the numbers are in those states with those users
        assertThat(inventory.rows("select e164, state, coalesce(user_id, ''), coalesce(to_char(quarantine_until at time zone 'UTC', 'YYYY-MM-DD'), '') "
                + "from number where tenant_id = ? and e164 <= '+442079461004' order by e164", tenant)).containsExactly(
                List.of("+442079461000", "ASSIGNED", "alice", ""),
                List.of("+442079461001", "RETAINED", "bob", ""),
                List.of("+442079461002", "BLOCKED", "", ""),
                List.of("+442079461003", "QUARANTINED", "", until),
                List.of("+442079461004", "AVAILABLE", "", ""));
        // ... the audit trail names the admin and the import, one correlation id for the whole file
        given().when().get("/api/tenants/{t}/users/alice/history", tenant).then().statusCode(200)
                .body("actor", hasItem("user:ada"))
                .body("find { it.to == 'ASSIGNED' }.reason", containsString("line 2: assigned by hand in 2023"))
                .body("find { it.to == 'ASSIGNED' }.correlationId", notNullValue());
        assertThat(inventory.count("select count(distinct correlation_id) from number_audit where tenant_id = ? and reason like 'CSV import %'",
                tenant)).isEqualTo(1);
        // ... and the range's free count is published
        await().atMost(PATIENCE).until(() -> {
            List<SwitchboardEvent> updates = Published.all(kafka, Topics.INVENTORY_RANGES, tenant, range);
            return !updates.isEmpty() && ((RangeUpdated) updates.get(updates.size() - 1)).freeCount() == 6;
        });

        // when the range's numbers are exported and imported again
        String exported = given().queryParam("rangeId", range).when().get("/api/tenants/{t}/csv/numbers", tenant)
                .then().statusCode(200).extract().asString();
        given().contentType("text/csv").body(exported).when().post("/api/tenants/{t}/csv/numbers", tenant)
                .then().statusCode(200).body("imported", equalTo(0)).body("unchanged", equalTo(10));

        // then the export carries every column of the import format
        assertThat(exported.lines().toList()).hasSize(11)
                .startsWith("phoneNumber,rangeId,range,state,userId,quarantineUntil,reason,updatedAt")
                .anySatisfy(l -> assertThat(l).startsWith("+442079461000," + range + ",London,ASSIGNED,alice,,assigned by hand in 2023,"))
                .anySatisfy(l -> assertThat(l).startsWith("+442079461003," + range + ",London,QUARANTINED,," + until + "T00:00:00Z,"));
    }

    @Test
    void aRejectedImportListsEveryBadLineAndChangesNothing() {
        // given alice holds the first number of a range
        inventory.range(tenant, "London", "+442079462000", "+442079462009", 0);
        inventory.update("update number set state = 'ASSIGNED', user_id = 'alice' where tenant_id = ? and e164 = '+442079462000'", tenant);

        // when a file with one good row and bad rows of every kind is imported
        given().contentType("text/csv").body("""
                        phoneNumber,state,userId
                        +442079462001,BLOCKED,
                        +442079469999,AVAILABLE,
                        +442079462000,BLOCKED,
                        +442079462002,ASSIGNED,alice
                        +442079462003,RESERVED,carol
                        +442079462004,ASSIGNED,dan
                        +442079462005,RETAINED,dan
                        """)
                .when().post("/api/tenants/{t}/csv/numbers", tenant)
                .then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("line 3", "line 4", "line 5", "line 6", "line 8")))
                .body("errors[0].message", containsString("has no number +442079469999"))
                .body("errors[1].message", containsString("is ASSIGNED for user alice"))
                .body("errors[2].message", containsString("user alice already holds +442079462000"))
                .body("errors[3].message", containsString("RESERVED cannot be imported"))
                .body("errors[4].message", containsString("user dan is also given a number on line 7"));

        // then not even the good row was imported
        assertThat(inventory.state(tenant, "+442079462001")).isEqualTo("AVAILABLE");
        assertThat(inventory.state(tenant, "+442079462004")).isEqualTo("AVAILABLE");
        assertThat(inventory.count("select count(*) from number_audit where tenant_id = ? and reason like 'CSV import %'", tenant)).isZero();
    }

    @Test
    @TestSecurity(user = "vic", roles = {"viewer", "tenant:*"})
    void viewersExportButCannotImport() {
        inventory.range(tenant, "London", "+442079463000", "+442079463001", 0);

        given().queryParam("state", "AVAILABLE").when().get("/api/tenants/{t}/csv/numbers", tenant)
                .then().statusCode(200).body(containsString("+442079463001"));
        given().contentType("text/csv").body("phoneNumber,state\n+442079463000,BLOCKED\n")
                .when().post("/api/tenants/{t}/csv/numbers", tenant).then().statusCode(403);
        assertThat(inventory.state(tenant, "+442079463000")).isEqualTo("AVAILABLE");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"admin", "tenant:other"})
    void anotherTenantsAdminCannotImport() {
        inventory.range(tenant, "London", "+442079464000", "+442079464001", 0);

        given().contentType("text/csv").body("phoneNumber,state\n+442079464000,BLOCKED\n")
                .when().post("/api/tenants/{t}/csv/numbers", tenant).then().statusCode(403);

        assertThat(inventory.state(tenant, "+442079464000")).isEqualTo("AVAILABLE");
    }
}
