package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.graph.support.SimTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BatchAndFaultsContractTest {

    private SimTenant tenant;
    private GraphServiceClient graph;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create();
        graph = tenant.graph();
    }

    @Test
    void batchRunsEachStepThroughTheNormalHandlers() throws Exception {
        // given
        String a = tenant.addUser("ba", Map.of());
        String b = tenant.addUser("bb", Map.of());
        BatchRequestContent batch = new BatchRequestContent(graph);
        String first = batch.addBatchRequestStep(graph.users().byUserId(a).toGetRequestInformation());
        String second = batch.addBatchRequestStep(graph.users().byUserId(b).toGetRequestInformation());
        String missing = batch.addBatchRequestStep(graph.users().byUserId("nobody").toGetRequestInformation());

        // when
        BatchResponseContent responses = graph.getBatchRequestBuilder().post(batch, null);

        // then
        assertThat(responses.getResponseById(first, User::createFromDiscriminatorValue).getDisplayName()).isEqualTo("ba");
        assertThat(responses.getResponseById(second, User::createFromDiscriminatorValue).getId()).isEqualTo(b);
        assertThat(responses.getResponsesStatusCode().get(missing)).isEqualTo(404);
    }

    @Test
    void batchLimitsAndDependencies() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(Map.of("id", String.valueOf(i), "method", "GET", "url", "/users"));
        }
        given().auth().oauth2(tenant.appToken()).contentType("application/json").body(Map.of("requests", tooMany))
                .urlEncodingEnabled(false).post("/v1.0/$batch").then().statusCode(400).body("error.code", equalTo("BadRequest"));

        JsonPath result = given().auth().oauth2(tenant.appToken()).contentType("application/json").body(Map.of("requests", List.of(
                        Map.of("id", "1", "method", "GET", "url", "/users/nobody"),
                        Map.of("id", "2", "method", "GET", "url", "/users", "dependsOn", List.of("1")))))
                .urlEncodingEnabled(false).post("/v1.0/$batch").then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("responses.find { it.id == '1' }.status")).isEqualTo(404);
        assertThat(result.getInt("responses.find { it.id == '2' }.status")).isEqualTo(424);
    }

    @Test
    void throttlingBurstsAnd503sAreSwitchedOnPerTenantAndPath() {
        // given one 429 and then two 503s on /users
        addFault(Map.of("kind", "THROTTLE", "pathPattern", "^/v1.0/users", "count", 1, "retryAfterSeconds", 7));
        addFault(Map.of("kind", "UNAVAILABLE", "pathPattern", "^/v1.0/users", "count", 2, "retryAfterSeconds", 3));
        String token = tenant.appToken();

        // then
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(429).header("Retry-After", "7")
                .body("error.code", equalTo("TooManyRequests"));
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(503).header("Retry-After", "3");
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(503);
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(200);
        // and another tenant never saw a fault
        SimTenant other = SimTenant.create();
        given().auth().oauth2(other.appToken()).get("/v1.0/users").then().statusCode(200);
    }

    @Test
    void budgetsAnswer429WithRetryAfterOnceExceeded() {
        addFault(Map.of("kind", "BUDGET", "pathPattern", "getPresencesByUserId", "limit", 3, "windowSeconds", 600));
        String token = tenant.appToken();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("ids", List.of("x")))
                    .post("/v1.0/communications/getPresencesByUserId").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(token).contentType("application/json").body(Map.of("ids", List.of("x")))
                .post("/v1.0/communications/getPresencesByUserId").then().statusCode(429).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 600);
        given().auth().oauth2(token).get("/v1.0/users").then().statusCode(200);
    }

    @Test
    void latencyKeepsRequestsWorkingIncludingTheirBody() {
        addFault(Map.of("kind", "LATENCY", "pathPattern", "presence", "latencyMillis", 50));
        String userId = tenant.addUser("slow", Map.of());
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("sessionId", tenant.clientId, "availability", "Away", "activity", "Away"))
                .post("/v1.0/users/" + userId + "/presence/setPresence").then().statusCode(200);
        given().auth().oauth2(tenant.appToken()).get("/v1.0/users/" + userId + "/presence").then().statusCode(200)
                .body("availability", equalTo("Away"));
    }

    @Test
    void theRequestLogShowsWhatWasServed() {
        long after = given().get("/_simulator/requests?limit=1").then().extract().jsonPath().getLong("lastSeq");
        given().auth().oauth2(tenant.appToken()).get("/v1.0/users/nobody").then().statusCode(404);

        given().queryParam("tenant", tenant.id).queryParam("after", after).get("/_simulator/requests").then().statusCode(200)
                .body("value.path", hasItem("/v1.0/users/nobody"))
                .body("value.find { it.path == '/v1.0/users/nobody' }.status", equalTo(404))
                .body("value.find { it.path == '/v1.0/users/nobody' }.method", equalTo("GET"))
                .body("value.find { it.path == '/v1.0/users/nobody' }.appId", equalTo(tenant.clientId));
    }

    private void addFault(Map<String, Object> rule) {
        given().contentType("application/json").body(rule).post("/_simulator/tenants/" + tenant.id + "/faults").then().statusCode(201);
    }
}
