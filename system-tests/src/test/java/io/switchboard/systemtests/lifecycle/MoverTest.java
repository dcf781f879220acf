package io.switchboard.systemtests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.SystemTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A move that keeps the user under the same rule keeps their number. */
class MoverTest extends SystemTest {

    @Test
    void movingWithinTheSameRuleKeepsTheNumber() {
        // given a Berlin user with a number
        Graph.User user = licensedUser("mover", "Berlin", "Berlin HQ", "DE");
        String number = awaitAssigned(user);

        // when HR moves them to the Munich office (still DE: the DACH rule)
        graph.update(user.id(), Map.of("city", "Munich", "officeLocation", "Munich Office"));

        // then the rule-engine saw the move and, with automatic renumbering off, kept the number...
        JsonNode moved = awaitDecision(user, "MOVED");
        assertThat(moved.path("action").asText()).isEqualTo("NONE");
        assertThat(moved.path("explanation").path("summary").asText()).contains("number unchanged");

        // ...and the number stayed where it was, in Teams and in the inventory
        assertThat(awaitAssigned(user)).isEqualTo(number);
        assertThat(graph.numbersOf(user.id())).containsExactly(number);
    }
}
