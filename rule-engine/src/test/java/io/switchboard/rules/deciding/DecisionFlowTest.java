package io.switchboard.rules.deciding;

import static io.restassured.RestAssured.given;
import static io.switchboard.rules.testing.Records.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.NumberType;
import io.switchboard.events.Topics;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.events.provisioning.RuleEvaluation;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.rules.testing.Api;
import io.switchboard.rules.testing.Records;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** From a user change on directory.user-changes to a decision on provisioning.decisions, over the real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
@TestSecurity(user = "alice", roles = {"admin", "tenant:*"})
class DecisionFlowTest {

    private static final Map<String, Object> PARK_LANE = Map.of("city", "London", "office", "Park Lane");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String tenant = "tenant-" + UUID.randomUUID();

    @Test
    void userChangeInExplainedDecisionOut() {
        // given a Park Lane rule, a Leeds rule and five more that do not match, and the ranges they point at
        givenParkLaneRuleAndRanges();
        Api.createRule(tenant, "leeds", "leeds-range", "city = \"Leeds\"", 20);
        for (int i = 0; i < 5; i++) {
            Api.createRule(tenant, "other-" + i, "leeds-range", "department = \"Dept " + i + "\"", 30 + i);
        }

        // when a Park Lane user joins
        UserChanged joined = Records.joined(tenant, "user-1", "LONDON ", "park lane");
        Records.publish(kafka, joined);

        // then one decision comes out: assign from the London range, caused by the change, explained
        ConsumerRecord<String, String> record = decisionsOf("user-1", 1).get(0);
        ProvisioningDecided decision = EventJson.read(record.value(), ProvisioningDecided.class);
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.PROVISIONING_DECIDED.ceType());
        assertThat(decision.action()).isEqualTo(DecisionAction.ASSIGN);
        assertThat(decision.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
        assertThat(decision.candidates()).extracting(c -> c.rangeId() + "/" + c.ruleId()).containsExactly("london-range/park-lane");
        assertThat(decision.meta().causationId()).isEqualTo(joined.meta().eventId());
        assertThat(decision.meta().correlationId()).isEqualTo(joined.meta().correlationId());
        assertThat(decision.trigger()).isEqualTo(UserChangeType.JOINED);
        assertThat(decision.explanation().summary()).contains("rule 'park-lane'").contains("london-range");
        assertThat(decision.explanation().evaluations()).filteredOn(RuleEvaluation::matched)
                .extracting(RuleEvaluation::ruleId).containsExactly("park-lane");
        assertThat(decision.explanation().evaluations()).filteredOn(e -> e.ruleId().equals("leeds")).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("no match: ").contains("city"));

        // and the event carries every match plus 3 (the test limit) of the 6 non-matching rules, counting the rest
        assertThat(decision.explanation().evaluations()).hasSize(4);
        assertThat(decision.explanation().summary()).contains("3 further rules that did not match or were skipped omitted");

        // and the user's decision history holds exactly what was published
        given().get("/api/tenants/{t}/users/{u}/decisions", tenant, "user-1").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(1))
                .body("[0].meta.eventId", org.hamcrest.Matchers.is(decision.meta().eventId()))
                .body("[0].explanation.evaluations.size()", org.hamcrest.Matchers.is(4));
    }

    @Test
    void redeliveredChangeIsDecidedOnce() {
        // given a change that has been decided
        givenParkLaneRuleAndRanges();
        UserChanged joined = Records.joined(tenant, "user-2", "London", "Park Lane");
        Records.publish(kafka, joined);
        decisionsOf("user-2", 1);

        // when it is delivered again, followed by a new change of the same user
        UserChanged updated = Records.change(tenant, UserChangeType.UPDATED, "user-2", "London", "Park Lane");
        Records.publish(kafka, joined, updated);

        // then only the new change led to a second decision (a duplicate would have come before it)
        List<ConsumerRecord<String, String>> decisions = decisionsOf("user-2", 2);
        assertThat(decisions).extracting(r -> EventJson.read(r.value(), ProvisioningDecided.class).meta().causationId())
                .containsExactly(joined.meta().eventId(), updated.meta().eventId());
        assertThat(TopicReader.readAll(kafka, Topics.PROVISIONING_DECISIONS, r -> r.key().equals(tenant + "/user-2"))).hasSize(2);
    }

    @Test
    void malformedChangeGoesToTheDeadLetterTopicAndTheNextIsDecided() {
        // given a record that is not a UserChanged, followed by a good change of the same user
        givenParkLaneRuleAndRanges();
        String key = tenant + "/user-3";
        Records.publishRaw(kafka, Topics.DIRECTORY_USER_CHANGES, key, "{not json", EventCatalog.USER_CHANGED.ceType(), tenant);
        UserChanged joined = Records.joined(tenant, "user-3", "London", "Park Lane");
        Records.publish(kafka, joined);

        // when the consumer has gone on, then the good one is decided
        assertThat(decisionsOf("user-3", 1)).hasSize(1);

        // and the bad one waits on the dead-letter topic with the reason
        ConsumerRecord<String, String> dead = TopicReader.await(kafka, Topics.dlq(Topics.DIRECTORY_USER_CHANGES), 1,
                r -> key.equals(r.key()), PATIENCE).get(0);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(CloudEventHeaders.text(dead.headers(), "dead-letter-reason")).contains("not a valid UserChanged");
    }

    @Test
    void userWhoHoldsANumberIsNotGivenAnother() {
        // given a user who joined and was assigned a number in Teams
        givenParkLaneRuleAndRanges();
        Records.publish(kafka, Records.joined(tenant, "user-4", "London", "Park Lane"));
        ProvisioningDecided first = EventJson.read(decisionsOf("user-4", 1).get(0).value(), ProvisioningDecided.class);
        Records.publish(kafka, new AssignmentCompleted(io.switchboard.events.EventMeta.causedBy(first.meta()), "res-1", "user-4",
                "+442071234567", NumberType.DIRECT_ROUTING, "op-1"));
        await().atMost(PATIENCE).until(() -> Api.evaluate(tenant, Map.of("userId", "user-4")).getBoolean("hasNumber"));

        // when the user is updated
        Records.publish(kafka, Records.change(tenant, UserChangeType.UPDATED, "user-4", "London", "Park Lane"));

        // then nothing is assigned, and the explanation says why
        ProvisioningDecided second = EventJson.read(decisionsOf("user-4", 2).get(1).value(), ProvisioningDecided.class);
        assertThat(second.action()).isEqualTo(DecisionAction.NONE);
        assertThat(second.explanation().summary()).contains("already has a number");
    }

    private void givenParkLaneRuleAndRanges() {
        Api.createRule(tenant, "park-lane", "london-range", "office = \"Park Lane\" AND city = \"London\"", 10);
        Records.publish(kafka, Records.range(tenant, "london-range", "London", 50), Records.range(tenant, "leeds-range", "Leeds", 50));
        Api.awaitAssignable(tenant, PARK_LANE, "london-range");
    }

    private List<ConsumerRecord<String, String>> decisionsOf(String userId, int count) {
        return TopicReader.await(kafka, Topics.PROVISIONING_DECISIONS, count, r -> r.key().equals(tenant + "/" + userId), PATIENCE);
    }
}
