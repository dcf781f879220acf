package io.switchboard.systemtests.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.SystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graph throttles hard while HR onboards a batch: everyone still ends with exactly one number. */
class ThrottlingTest extends SystemTest {

    private static final int JOINERS = 20;
    private static final String DEPARTMENT = "Storm chasers";

    @Test
    void aStormOf429sDelaysButNeverLosesOrDoublesAnAssignment() {
        // given a range for the batch, and Graph answering 40 % of number assignments and directory deltas with 429 Retry-After 1
        dedicatedRange(DEPARTMENT, "+494070030000");
        long before = graph.lastRequestSeq();
        String storm = graph.addFault(Map.of("kind", "THROTTLE", "pathPattern", "assignNumber|/users/delta",
                "probability", 0.4, "retryAfterSeconds", 1));
        List<Graph.User> joiners = new ArrayList<>();
        try {
            // when HR onboards a batch of Teams Phone users
            for (int i = 0; i < JOINERS; i++) {
                Graph.User user = graph.createUser("storm" + i, "Hamburg", "Hamburg Harbour", "DE", DEPARTMENT);
                graph.license(user.id(), "MCOEV");
                joiners.add(user);
            }
            // and the storm has visibly hit the assigner
            eventually().untilAsserted(() -> assertThat(graph.served("assignNumber", 429, before)).isGreaterThanOrEqualTo(3));
        } finally {
            graph.removeFault(storm);
        }

        // then every joiner has exactly one number of their own, in Teams and in the inventory
        assertEveryoneHoldsExactlyOneOwnNumber(joiners);
    }
}
