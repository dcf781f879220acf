package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.AssignmentEvents;
import io.switchboard.bench.clients.Simulator;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks in Teams (the simulator), not in Switchboard's own records: every benchmark user holds exactly one number,
 * no number went to two users, and the number Teams shows is the one Switchboard reported.
 */
final class NumberCheck {

    record Outcome(int users, int holding, int missing, int withTwoOrMore, int reportedTwice, int mismatched, int numbersToTwoUsers) {

        boolean clean() {
            return missing == 0 && withTwoOrMore == 0 && reportedTwice == 0 && mismatched == 0 && numbersToTwoUsers == 0;
        }
    }

    private NumberCheck() {
    }

    static Outcome verify(Simulator simulator, Collection<String> users, AssignmentEvents events) {
        Set<String> wanted = new HashSet<>(users);
        Map<String, List<String>> held = new HashMap<>();
        for (Simulator.Assignment a : simulator.numberAssignments()) {
            if (a.userId() != null && wanted.contains(a.userId())) {
                held.computeIfAbsent(a.userId(), u -> new java.util.ArrayList<>()).add(a.telephoneNumber());
            }
        }
        int holding = 0;
        int two = 0;
        int twice = 0;
        int mismatched = 0;
        Map<String, Set<String>> usersByReportedNumber = new HashMap<>();
        for (String user : wanted) {
            List<String> numbers = held.getOrDefault(user, List.of());
            if (!numbers.isEmpty()) {
                holding++;
            }
            if (numbers.size() > 1) {
                two++;
            }
            AssignmentEvents.Completion reported = events.completed().get(user);
            if (reported != null) {
                reported.numbers().forEach(n -> usersByReportedNumber.computeIfAbsent(n, k -> new HashSet<>()).add(user));
            }
            if (reported != null && reported.numbers().size() > 1) {
                twice++;
            }
            if (reported != null && numbers.size() == 1 && !reported.numbers().contains(numbers.get(0))) {
                mismatched++;
            }
        }
        int shared = (int) usersByReportedNumber.values().stream().filter(u -> u.size() > 1).count();
        return new Outcome(wanted.size(), holding, wanted.size() - holding, two, twice, mismatched, shared);
    }

    /** Adds the outcome to a result; anything but a clean outcome is a failure of the run. */
    static void report(Outcome o, ScenarioResult result, String label) {
        result.figure((label.isEmpty() ? "" : label + ": ") + "users holding a number in Teams", o.holding(), "of " + o.users());
        label = label.isEmpty() ? result.name() : label;
        if (o.missing() > 0) {
            result.failure(label + ": " + o.missing() + " users without a number in Teams");
        }
        if (o.withTwoOrMore() > 0) {
            result.failure(label + ": " + o.withTwoOrMore() + " users hold two or more numbers in Teams");
        }
        if (o.reportedTwice() > 0) {
            result.failure(label + ": " + o.reportedTwice() + " users were assigned twice (two AssignmentCompleted)");
        }
        if (o.numbersToTwoUsers() > 0) {
            result.failure(label + ": " + o.numbersToTwoUsers() + " numbers were reported assigned to two users");
        }
        if (o.mismatched() > 0) {
            result.failure(label + ": " + o.mismatched() + " users hold another number in Teams than Switchboard reported");
        }
    }
}
