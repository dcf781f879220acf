package io.switchboard.inventory.csv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.support.Inventory;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "ada", roles = {"admin", "tenant:*"})
class CsvResourceTest {

    private static final String HEADER = "name,numberType,provider,firstNumber,lastNumber,numbers,locationId,tags,quarantineDays\n";

    @Inject
    Inventory inventory;

    private final String tenant = "csv-" + UUID.randomUUID();

    @Test
    void importIsAllOrNothingAndNamesTheLineThatOverlapsTheDatabase() {
        // given the tenant already has a range
        inventory.range(tenant, "Existing", "+442079468000", "+442079468009", 0);

        // when a file with one good row and one overlapping the existing range is imported
        given().contentType("text/csv").body(HEADER
                        + "Fresh,DIRECT_ROUTING,Acme,+442079469000,+442079469009,,,,\n"
                        + "Clash,DIRECT_ROUTING,Acme,+442079468005,+442079468015,,,,\n")
                .when().post("/api/tenants/{t}/csv/ranges", tenant)
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("line 3"))
                .body("errors[0].message", containsString("+442079468005 (range 'Existing')"));

        // then not even the good row was imported
        assertThat(inventory.count("select count(*) from number_range where tenant_id = ?", tenant)).isEqualTo(1);
    }

    @Test
    void exportedRangesImportIntoAnotherTenantAsTheSameRanges() {
        // given a contiguous range and a listed one
        given().contentType("text/csv").body(HEADER
                        + "London,DIRECT_ROUTING,Acme,+442079469000,+442079469009,,loc-1,hq;sales,7\n"
                        + "Scattered,OPERATOR_CONNECT,Beta,,,+442079469100;+442079469150,,,0\n")
                .when().post("/api/tenants/{t}/csv/ranges", tenant)
                .then().statusCode(200).body("imported", equalTo(2));

        // when they are exported and imported into another tenant
        String exported = given().when().get("/api/tenants/{t}/csv/ranges", tenant).then().statusCode(200).extract().asString();
        String other = tenant + "-copy";
        given().contentType("text/csv").body(exported).when().post("/api/tenants/{t}/csv/ranges", other).then().statusCode(200);

        // then both tenants have the same numbers
        assertThat(exported).contains("London,DIRECT_ROUTING,Acme,+442079469000,+442079469009,,loc-1,hq;sales,7")
                .contains("Scattered,OPERATOR_CONNECT,Beta,,,+442079469100;+442079469150,,,0");
        assertThat(inventory.rows("select e164 from number where tenant_id = ? order by e164", other))
                .isEqualTo(inventory.rows("select e164 from number where tenant_id = ? order by e164", tenant)).hasSize(12);
    }
}
