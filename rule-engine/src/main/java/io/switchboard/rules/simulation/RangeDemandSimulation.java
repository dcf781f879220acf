package io.switchboard.rules.simulation;

import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.rules.decisions.CandidateSelector;
import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.decisions.TenantPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "how many users would draw from each range, and would it run out?" before an admin saves
 * a rule set. Users are provisioned one after another in the given order, each taking a number from
 * their first candidate range that still has one, just as the inventory would.
 */
public final class RangeDemandSimulation {

    private RangeDemandSimulation() {
    }

    public static SimulationResult simulate(Collection<SimulatedUser> users, List<Rule> rules, Map<String, RangeInfo> ranges,
            TenantPolicy policy) {
        Map<String, Tally> tallies = new HashMap<>();
        ranges.values().forEach(range -> tallies.put(range.rangeId(), new Tally(range)));
        int notNeeding = 0;
        int withoutRule = 0;
        int assigned = 0;
        int unserved = 0;
        for (SimulatedUser user : users) {
            if (!needsNumber(user)) {
                notNeeding++;
                continue;
            }
            List<CandidateRange> candidates = CandidateSelector.select(user.user(), user.licences(), rules, ranges, policy)
                    .candidates();
            if (candidates.isEmpty()) {
                withoutRule++;
            } else if (draw(candidates, tallies)) {
                assigned++;
            } else {
                unserved++;
            }
        }
        List<RangeForecast> forecasts = new ArrayList<>();
        tallies.values().forEach(tally -> forecasts.add(tally.forecast()));
        forecasts.sort(Comparator.comparing(RangeForecast::rangeId));
        return new SimulationResult(users.size(), notNeeding, withoutRule, assigned, unserved, forecasts);
    }

    private static boolean needsNumber(SimulatedUser user) {
        return !user.hasNumber() && user.licences().teamsPhone() && !Boolean.FALSE.equals(user.user().accountEnabled());
    }

    private static boolean draw(List<CandidateRange> candidates, Map<String, Tally> tallies) {
        tallies.get(candidates.get(0).rangeId()).firstChoice++;
        for (CandidateRange candidate : candidates) {
            Tally tally = tallies.get(candidate.rangeId());
            tally.demand++;
            if (tally.remaining > 0) {
                tally.remaining--;
                tally.drawn++;
                return true;
            }
        }
        return false;
    }

    /** Mutable counters, confined to one simulation run. */
    private static final class Tally {
        private final RangeInfo range;
        private long remaining;
        private int firstChoice;
        private int demand;
        private int drawn;

        Tally(RangeInfo range) {
            this.range = range;
            this.remaining = Math.max(0, range.freeCount());
        }

        RangeForecast forecast() {
            return new RangeForecast(range.rangeId(), range.name(), range.numberType(), range.freeCount(), firstChoice, demand,
                    drawn, remaining, demand > 0 && remaining == 0);
        }
    }
}
