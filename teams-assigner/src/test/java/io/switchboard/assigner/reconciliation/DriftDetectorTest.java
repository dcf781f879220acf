package io.switchboard.assigner.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.assigner.reconciliation.KnownAssignments.Known;
import io.switchboard.assigner.tenants.TeamsAssignment;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.Observation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private static TeamsAssignment teams(String number, String user) {
        return new TeamsAssignment(number, user, NumberType.DIRECT_ROUTING, "loc-1", user == null ? "unassigned" : "userAssigned");
    }

    private static Known known(String number, String user) {
        return new Known(number, user, NumberType.DIRECT_ROUTING, "loc-1");
    }

    @Test
    void firstImportReportsEverythingAssignedAsPreExisting() {
        List<Drift> drift = DriftDetector.detect(List.of(teams("+1001", "u1"), teams("+1002", null)), List.of(), Set.of(), true);
        assertThat(drift).containsExactly(new Drift(Observation.PRE_EXISTING, "+1001", "u1", NumberType.DIRECT_ROUTING, "loc-1"));
    }

    @Test
    void laterRunsReportAssignmentsAndRemovalsDoneOutsideSwitchboard() {
        List<Drift> drift = DriftDetector.detect(
                List.of(teams("+1001", "u1"), teams("+1003", "u3")),
                List.of(known("+1001", "u1"), known("+1002", "u2")), Set.of(), false);
        assertThat(drift).containsExactlyInAnyOrder(
                new Drift(Observation.REMOVED_OUTSIDE, "+1002", "u2", NumberType.DIRECT_ROUTING, "loc-1"),
                new Drift(Observation.ASSIGNED_OUTSIDE, "+1003", "u3", NumberType.DIRECT_ROUTING, "loc-1"));
    }

    @Test
    void aNumberMovedToAnotherUserIsARemovalAndAnAssignment() {
        List<Drift> drift = DriftDetector.detect(List.of(teams("+1001", "u9")), List.of(known("+1001", "u1")), Set.of(), false);
        assertThat(drift).extracting(Drift::observation, Drift::userId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Observation.REMOVED_OUTSIDE, "u1"),
                org.assertj.core.groups.Tuple.tuple(Observation.ASSIGNED_OUTSIDE, "u9"));
    }

    @Test
    void numbersWithWorkInFlightAreNotDrift() {
        List<Drift> drift = DriftDetector.detect(List.of(teams("+1003", "u3")), List.of(known("+1002", "u2")),
                Set.of("+1002", "+1003"), false);
        assertThat(drift).isEmpty();
    }
}
