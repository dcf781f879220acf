package io.switchboard.graph.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedingTest {

    @Test
    void theBundledDemoSeedLoadsAndIsUsable() throws Exception {
        // given the demo document (startup seeding is off in tests)
        String demo;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(StartupSeeder.DEMO_RESOURCE)) {
            demo = new String(in.readAllBytes());
        }

        // when it is loaded through the admin API
        given().contentType("application/json").body(demo).post("/_simulator/seed").then().statusCode(204);

        // then the tenant has users, licences and numbers, and its app gets a working token
        JsonPath tenant = given().get("/_simulator/tenants/contoso-demo.onmicrosoft.com").then().statusCode(200).extract().jsonPath();
        assertThat(tenant.getInt("users")).isEqualTo(200);
        assertThat(tenant.getInt("numbers")).isEqualTo(550);
        assertThat(tenant.getList("skus.skuPartNumber", String.class)).contains("SPE_E5", "MCOEV", "MCOPSTN1");
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "3f6c9b0e-1d4a-4f7e-8c2b-6a5d9e0f1b22",
                        "client_secret", "switchboard-local-secret", "scope", "https://graph.microsoft.com/.default"))
                .post("/contoso-demo.onmicrosoft.com/oauth2/v2.0/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).queryParam("$top", 5).get("/v1.0/users").then().statusCode(200).body("value.size()", equalTo(5));
    }

    @Test
    void generationIsDeterministicAcrossTenants() {
        List<String> first = generate(123);
        List<String> second = generate(123);
        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(generate(124)).isNotEqualTo(first);
    }

    private static List<String> generate(long seed) {
        String id = UUID.randomUUID().toString();
        given().contentType("application/json").body(Map.of("id", id, "domain", "g" + id.substring(0, 8) + ".example"))
                .post("/_simulator/tenants").then().statusCode(201);
        return given().contentType("application/json").body(Map.of("count", 20, "seed", seed, "domain", "gen.example",
                        "licences", List.of(Map.of("skus", List.of("SPE_E5"), "share", 0.5))))
                .post("/_simulator/tenants/" + id + "/users/generate").then().statusCode(200).extract().jsonPath().getList("ids");
    }
}
