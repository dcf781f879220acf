package io.switchboard.systemtests.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.SystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A service dies with SIGKILL in the middle of onboarding and {@code ./switchboard up} brings it back:
 * nothing is lost (everyone gets a number) and nothing is done twice (no number goes to two users,
 * no user gets two numbers).
 */
class CrashRecoveryTest extends SystemTest {

    @Test
    void theTeamsAssignerKilledMidRunLosesNothingAndAssignsNothingTwice() {
        dedicatedRange("Crash test dummies A", "+494070010000");
        List<Graph.User> joiners = onboardAcrossACrash("teams-assigner", 30, "Crash test dummies A", "SPE_E5");
        assertEveryoneHoldsExactlyOneOwnNumber(joiners);
    }

    @Test
    void theNumberInventoryKilledMidRunLosesNothingAndAssignsNothingTwice() {
        dedicatedRange("Crash test dummies B", "+494070020000");
        List<Graph.User> joiners = onboardAcrossACrash("number-inventory", 20, "Crash test dummies B", "MCOEV");
        assertEveryoneHoldsExactlyOneOwnNumber(joiners);
    }

    /**
     * HR onboards {@code count} users; once the first of them have numbers (the pipeline is busy) the
     * service is killed, the rest are onboarded while it is down, and then it is started again.
     */
    private List<Graph.User> onboardAcrossACrash(String victim, int count, String department, String licence) {
        List<Graph.User> joiners = new ArrayList<>();
        int beforeCrash = count / 3;
        for (int i = 0; i < beforeCrash; i++) {
            joiners.add(joiner(i, department, licence));
        }
        Set<String> first = joiners.stream().map(Graph.User::id).collect(Collectors.toSet());
        eventually().until(() -> graph.assignments().stream().anyMatch(a -> first.contains(a.userId())));
        long pid = stack.pid(victim);

        stack.kill9(victim);
        try {
            for (int i = beforeCrash; i < count; i++) {
                joiners.add(joiner(i, department, licence));
            }
        } finally {
            stack.up(); // also when onboarding failed: the classes after this one need the whole stack
        }

        assertThat(stack.pid(victim)).as("a new " + victim + " process").isNotEqualTo(pid);
        return joiners;
    }

    private Graph.User joiner(int i, String department, String licence) {
        Graph.User user = graph.createUser("crash" + i, "Hamburg", "Hamburg Harbour", "DE", department);
        graph.license(user.id(), licence);
        return user;
    }
}
