package io.switchboard.rules.dryrun;

import static io.restassured.RestAssured.given;
import static io.switchboard.rules.testing.Records.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.switchboard.events.Topics;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.rules.testing.Api;
import io.switchboard.rules.testing.Records;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
class DryRunTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "tenant-" + UUID.randomUUID();

    @Test
    void dryRunForAttributesAnswersTheFullExplanationAndChangesNothing() {
        // given a matching rule among five that do not match (more than the event's limit of 3)
        givenRules();
        Records.publish(kafka, Records.range(tenant, "london-range", "London", 10));
        Api.awaitAssignable(tenant, Map.of("city", "London"), "london-range");

        // when an admin tries attributes
        JsonPath answer = Api.evaluate(tenant, Map.of("user", Map.of("city", " london", "department", "Sales")));

        // then the decision and every rule's verdict, untrimmed
        assertThat(answer.getString("action")).isEqualTo("ASSIGN");
        assertThat(answer.getList("matchingRanges.rangeId")).containsExactly("london-range");
        assertThat(answer.getList("explanation.evaluations")).hasSize(6);
        assertThat(answer.getList("evaluations.ruleId")).hasSize(6).contains("london", "other-4");
        assertThat(answer.getString("explanation.summary")).doesNotContain("omitted");

        // and nothing was decided or remembered
        assertThat(TopicReader.readAll(kafka, Topics.PROVISIONING_DECISIONS, r -> r.key().startsWith(tenant + "/"))).isEmpty();
        given().get("/api/tenants/{t}/simulation", tenant).then().statusCode(200).body("usersConsidered", is(0));
    }

    @Test
    @TestSecurity(user = "victor", roles = {"viewer", "tenant:*"})
    void viewerRunsDryRunsAndUnknownAttributesAndUnseenUsersAreExplained() {
        given().get("/api/tenants/{t}/simulation", tenant).then().statusCode(200).body("usersConsidered", is(0));

        given().contentType(ContentType.JSON).body(Map.of("user", Map.of("ofice", "Park Lane")))
                .post("/api/tenants/{t}/rules/evaluate", tenant)
                .then().statusCode(422)
                .body("errors[0].pointer", is("/user/ofice"))
                .body("errors[0].message", containsString("did you mean 'office'?"));

        given().contentType(ContentType.JSON).body(Map.of("userId", "nobody"))
                .post("/api/tenants/{t}/rules/evaluate", tenant)
                .then().statusCode(404).body("detail", containsString("has not seen user 'nobody'"));
    }

    @Test
    void simulationOverSeenUsersShowsWhichRangeRunsOut() {
        // given a range with 2 free numbers and three London users the engine has seen
        givenRules();
        Records.publish(kafka, Records.range(tenant, "london-range", "London", 2));
        Api.awaitAssignable(tenant, Map.of("city", "London"), "london-range");
        for (int i = 1; i <= 3; i++) {
            Records.publish(kafka, Records.joined(tenant, "u" + i, "London", "Park Lane"));
        }
        TopicReader.await(kafka, Topics.PROVISIONING_DECISIONS, 3, r -> r.key().startsWith(tenant + "/"), PATIENCE);

        // when simulated, then three want the range, two get a number and it runs out
        given().get("/api/tenants/{t}/simulation", tenant).then().statusCode(200)
                .body("usersConsidered", is(3))
                .body("assigned", is(2))
                .body("unserved", is(1))
                .body("ranges[0].rangeId", is("london-range"))
                .body("ranges[0].demand", is(3))
                .body("ranges[0].drawn", is(2))
                .body("ranges[0].remainingFree", is(0))
                .body("ranges[0].runsOut", is(true));

        // and a seen user can be dry-run by id
        assertThat(Api.evaluate(tenant, Map.of("userId", "u1")).getString("user.officeLocation")).isEqualTo("Park Lane");
    }

    @Test
    void deletedRangeIsNoLongerOffered() {
        // given a known range
        givenRules();
        Records.publish(kafka, Records.range(tenant, "london-range", "London", 10));
        Api.awaitAssignable(tenant, Map.of("city", "London"), "london-range");

        // when the inventory deletes it (a tombstone on the compacted topic)
        Records.publishRaw(kafka, Topics.INVENTORY_RANGES, tenant + "/london-range", null, null, tenant);

        // then the rule that points at it is skipped, and says why
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath answer = Api.evaluate(tenant, Map.of("user", Map.of("city", "London")));
            assertThat(answer.getString("action")).isEqualTo("NONE");
            assertThat(answer.getString("evaluations.find { it.ruleId == 'london' }.detail")).contains("is unknown");
        });
    }

    private void givenRules() {
        Api.createRule(tenant, "london", "london-range", "city = \"London\"", 10);
        for (int i = 0; i < 5; i++) {
            Api.createRule(tenant, "other-" + i, "london-range", "department = \"Dept " + i + "\"", 20 + i);
        }
    }
}
