package io.switchboard.rules.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** REST calls the tests share; the caller's {@code @TestSecurity} decides who makes them. */
public final class Api {

    private Api() {
    }

    public static JsonPath createRule(String tenant, String id, String rangeId, String expression, int priority) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Rule " + id, "rangeId", rangeId, "expression", expression, "priority", priority))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath evaluate(String tenant, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/tenants/{t}/rules/evaluate", tenant)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the engine has consumed the ranges the dry run needs to assign this user. */
    public static void awaitAssignable(String tenant, Map<String, Object> attributes, String expectedRange) {
        await().atMost(Records.PATIENCE).until(() -> {
            JsonPath answer = evaluate(tenant, Map.of("user", attributes));
            return "ASSIGN".equals(answer.getString("action"))
                    && expectedRange.equals(answer.getString("candidates[0].rangeId"));
        });
    }
}
