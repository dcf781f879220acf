package io.switchboard.assigner.reconciliation;

import io.switchboard.assigner.reconciliation.KnownAssignments.Known;
import io.switchboard.assigner.tenants.TeamsAssignment;
import io.switchboard.events.assignments.Observation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares Teams' number assignments with Switchboard's belief. Numbers with work in flight (or
 * changed while Teams was being listed) are left out: their difference is ours, not drift. On a
 * tenant's first reconciliation everything Teams has is PRE_EXISTING (brownfield import).
 */
public final class DriftDetector {

    private DriftDetector() {
    }

    public static List<Drift> detect(Collection<TeamsAssignment> teams, Collection<Known> known, Set<String> busyNumbers,
                                     boolean firstImport) {
        Map<String, TeamsAssignment> inTeams = teams.stream()
                .filter(TeamsAssignment::assignedToAUser)
                .filter(a -> a.numberType() != null)
                .collect(Collectors.toMap(TeamsAssignment::phoneNumber, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, Known> believed = known.stream()
                .collect(Collectors.toMap(Known::phoneNumber, Function.identity(), (a, b) -> a, TreeMap::new));
        List<Drift> drift = new ArrayList<>();
        for (Known k : believed.values()) {
            TeamsAssignment actual = inTeams.get(k.phoneNumber());
            if (!busyNumbers.contains(k.phoneNumber()) && (actual == null || !actual.assignedTo(k.userId()))) {
                drift.add(new Drift(Observation.REMOVED_OUTSIDE, k.phoneNumber(), k.userId(), k.numberType(), k.locationId()));
            }
        }
        Observation added = firstImport ? Observation.PRE_EXISTING : Observation.ASSIGNED_OUTSIDE;
        for (TeamsAssignment a : inTeams.values()) {
            Known k = believed.get(a.phoneNumber());
            if (!busyNumbers.contains(a.phoneNumber()) && (k == null || !a.assignedTo(k.userId()))) {
                drift.add(new Drift(added, a.phoneNumber(), a.userId(), a.numberType(), a.locationId()));
            }
        }
        return drift;
    }
}
