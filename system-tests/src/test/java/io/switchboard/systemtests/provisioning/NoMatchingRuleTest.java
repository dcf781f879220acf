package io.switchboard.systemtests.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.events.EventJson;
import io.switchboard.events.RecordKeys;
import io.switchboard.events.Topics;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.infra.TopicReader;
import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.Stack;
import io.switchboard.systemtests.support.SystemTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A voice user no rule covers gets no number, and the rule-engine says why. */
class NoMatchingRuleTest extends SystemTest {

    @Test
    void aUserInFranceGetsNoNumberAndTheDecisionExplainsWhy() {
        // given a licensed new hire in Paris: the demo rules cover DACH, the UK and North America only
        Graph.User user = licensedUser("parisien", "Paris", "Paris Opera", "FR");

        // then the rule-engine decided not to assign, and its explanation names every rule it tried
        eventually().untilAsserted(() -> assertThat(decisions(user)).anySatisfy(d -> {
            assertThat(d.path("action").asText()).isEqualTo("NONE");
            assertThat(d.path("explanation").path("evaluations")).isNotEmpty();
        }));
        JsonNode decision = decisions(user).stream().filter(d -> d.path("explanation").path("evaluations").size() > 0)
                .findFirst().orElseThrow();
        assertThat(decision.path("explanation").path("summary").asText()).contains("no rule matched");
        List<String> rulesTried = decision.path("explanation").path("evaluations").findValuesAsText("ruleName");
        assertThat(rulesTried).contains("DACH", "Everyone in the UK", "North America");
        assertThat(decisions(user)).allSatisfy(d -> assertThat(d.path("action").asText()).isNotEqualTo("ASSIGN"));

        // and the decision went out on the topic with the same reason, for whoever subscribes
        ProvisioningDecided published = TopicReader.await(stack.kafka(), Topics.PROVISIONING_DECISIONS, 1,
                        r -> r.key().equals(RecordKeys.of(Stack.TENANT, user.id())) && r.value().contains("no rule matched"), PATIENCE)
                .stream().map(r -> EventJson.read(r.value(), ProvisioningDecided.class)).findFirst().orElseThrow();
        assertThat(published.action()).isEqualTo(DecisionAction.NONE);

        // and nothing reached Teams or the inventory
        assertThat(graph.numbersOf(user.id())).isEmpty();
        assertThat(admin.numberOf(user.id()).status()).isEqualTo(404);
    }
}
