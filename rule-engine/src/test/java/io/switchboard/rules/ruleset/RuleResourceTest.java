package io.switchboard.rules.ruleset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.rules.testing.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class RuleResourceTest {

    private final String tenant = "tenant-" + UUID.randomUUID();

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void ruleWrittenInReadableSyntaxIsAnsweredInBothForms() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "park-lane", "rangeId", "london", "expression", "office = \"Park Lane\" AND city = \"London\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(201)
                .header("Location", endsWith("/api/tenants/" + tenant + "/rules/park-lane"))
                .body("version", is(1))
                .body("priority", is(100))
                .body("enabled", is(true))
                .body("updatedBy", is("alice"))
                .body("expression", is("officeLocation = \"Park Lane\" AND city = \"London\""))
                .body("condition.and[0].attribute", is("officeLocation"))
                .body("condition.and[1].value", is("London"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void ruleWrittenAsJsonIsPrintedReadablyAndListedInPriorityOrder() {
        // given a JSON rule of priority 50 and a readable one of priority 5
        given().contentType(ContentType.JSON).body(Map.of("id", "depts", "rangeId", "leeds", "priority", 50,
                        "condition", Map.of("attribute", "department", "op", "in", "values", List.of("Sales", "Support"))))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(201).body("expression", is("department in (\"Sales\", \"Support\")"));
        Api.createRule(tenant, "first", "london", "city = \"London\"", 5);

        // when listed, then in evaluation order
        given().get("/api/tenants/{t}/rules", tenant).then().statusCode(200).body("id", contains("first", "depts"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void invalidRulesArePointedAtWithPositionAndSuggestion() {
        // a misspelt attribute in the readable syntax: line and column, did you mean
        given().contentType(ContentType.JSON).body(Map.of("rangeId", "london", "expression", "ofice = \"Park Lane\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", is("/expression"))
                .body("errors[0].message", containsString("unknown attribute 'ofice' at line 1, column 1, did you mean 'office'?"))
                .body("detail", containsString("ofice = \"Park Lane\"\n^"));

        // a JSON condition: a pointer to the offending part; a missing range id is reported at once
        Map<String, Object> condition = Map.of("and", List.of(
                Map.of("attribute", "city", "op", "equals", "value", "London"),
                Map.of("attribute", "office", "op", "eqals", "value", "Park Lane")));
        given().contentType(ContentType.JSON).body(Map.of("condition", condition))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(422)
                .body("errors.pointer", contains("/rangeId", "/condition/and/1/op"))
                .body("errors[1].message", containsString("did you mean 'equals'?"));

        // an invalid regular expression is refused on save
        given().contentType(ContentType.JSON).body(Map.of("rangeId", "x", "expression", "jobTitle matches \"(manager\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(422).body("errors[0].pointer", is("/expression"));

        given().get("/api/tenants/{t}/rules", tenant).then().statusCode(200).body("size()", is(0));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void changesAreVersionedAndAudited() {
        // given a rule at version 1
        Api.createRule(tenant, "r1", "london", "city = \"London\"", 10);

        // when it is changed based on version 1
        given().contentType(ContentType.JSON).body(body("city = \"Leeds\"", 1L))
                .put("/api/tenants/{t}/rules/{id}", tenant, "r1")
                .then().statusCode(200).body("version", is(2)).body("expression", is("city = \"Leeds\""));

        // then a change still based on version 1 is refused, and one without a version too
        given().contentType(ContentType.JSON).body(body("city = \"York\"", 1L))
                .put("/api/tenants/{t}/rules/{id}", tenant, "r1")
                .then().statusCode(409).body("detail", containsString("no longer at version 1"));
        given().contentType(ContentType.JSON).body(body("city = \"York\"", null))
                .put("/api/tenants/{t}/rules/{id}", tenant, "r1")
                .then().statusCode(422).body("errors[0].pointer", is("/version"));

        // and deleting at a stale version is refused, at the current one done
        given().delete("/api/tenants/{t}/rules/{id}?version=1", tenant, "r1").then().statusCode(409);
        given().delete("/api/tenants/{t}/rules/{id}?version=2", tenant, "r1").then().statusCode(204);
        given().get("/api/tenants/{t}/rules/{id}", tenant, "r1").then().statusCode(404)
                .contentType("application/problem+json");

        // and the history tells who did what, newest first, with the rule before and after
        given().get("/api/tenants/{t}/rules/{id}/history", tenant, "r1").then().statusCode(200)
                .body("action", contains("DELETED", "UPDATED", "CREATED"))
                .body("version", contains(3, 2, 1))
                .body("actor", contains("alice", "alice", "alice"))
                .body("[0].after", nullValue())
                .body("[1].before.expression", is("city = \"London\""))
                .body("[1].after.expression", is("city = \"Leeds\""))
                .body("[2].before", nullValue());
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void duplicateIdsConflict() {
        Api.createRule(tenant, "dup", "london", "city = \"London\"", 10);

        given().contentType(ContentType.JSON).body(Map.of("id", "dup", "rangeId", "x", "expression", "city = \"Leeds\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(409).body("detail", containsString("exists already"));
    }

    @Test
    @TestSecurity(user = "victor", roles = {"viewer", "tenant:*"})
    void viewerReadsButCannotEdit() {
        given().get("/api/tenants/{t}/rules", tenant).then().statusCode(200);
        given().get("/api/tenants/{t}/policy", tenant).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("rangeId", "london", "expression", "city = \"London\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("automaticRenumberingOnMove", true))
                .put("/api/tenants/{t}/policy", tenant)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mallory", roles = {"admin", "tenant:someone-else"})
    void anotherTenantsRulesAreForbidden() {
        given().get("/api/tenants/{t}/rules", tenant).then().statusCode(403)
                .body("detail", containsString("does not grant access to tenant '" + tenant + "'"));
        given().contentType(ContentType.JSON).body(Map.of("rangeId", "london", "expression", "city = \"London\""))
                .post("/api/tenants/{t}/rules", tenant)
                .then().statusCode(403);
        given().get("/api/tenants/{t}/simulation", tenant).then().statusCode(403);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        given().get("/api/tenants/{t}/rules", tenant).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void policyDefaultsAndChanges() {
        given().get("/api/tenants/{t}/policy", tenant).then().statusCode(200)
                .body("automaticRenumberingOnMove", is(false)).body("version", is(0));

        given().contentType(ContentType.JSON).body(Map.of("automaticRenumberingOnMove", true, "version", 0))
                .put("/api/tenants/{t}/policy", tenant)
                .then().statusCode(200).body("automaticRenumberingOnMove", is(true))
                .body("allowDirectRoutingFallbackForCallingPlanUsers", is(false)).body("version", is(1))
                .body("updatedBy", is("alice"));
        given().contentType(ContentType.JSON).body(Map.of("allowDirectRoutingFallbackForCallingPlanUsers", true, "version", 0))
                .put("/api/tenants/{t}/policy", tenant)
                .then().statusCode(409);
        given().get("/api/tenants/{t}/policy", tenant).then().body("automaticRenumberingOnMove", is(true));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
    void openApiDescribesTheRulesApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/tenants/{tenantId}/rules/evaluate"));
    }

    private static Map<String, Object> body(String expression, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("rangeId", "london");
        body.put("expression", expression);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
