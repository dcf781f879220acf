package io.switchboard.rules.simulation;

import static io.switchboard.rules.UserFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.NumberType;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.decisions.TenantPolicy;
import io.switchboard.rules.syntax.RuleParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RangeDemandSimulationTest {

    private static final LicenceView PHONE = new LicenceView(true, false, List.of(), List.of());
    private static final List<Rule> RULES = List.of(
            new Rule("small-first", "t", "Small first", "small", RuleParser.parse("city = \"London\""), 1, true, 1),
            new Rule("big-then", "t", "Big then", "big", RuleParser.parse("city = \"London\""), 2, true, 1));

    private static Map<String, RangeInfo> ranges(long smallFree, long bigFree) {
        return Map.of("small", new RangeInfo("small", "Small", NumberType.DIRECT_ROUTING, 10, smallFree, true),
                "big", new RangeInfo("big", "Big", NumberType.DIRECT_ROUTING, 100, bigFree, true));
    }

    private static SimulatedUser londoner(int n) {
        return new SimulatedUser(user().id("u" + n).city("London").build(), PHONE, false);
    }

    private static RangeForecast forecast(SimulationResult result, String rangeId) {
        return result.ranges().stream().filter(range -> range.rangeId().equals(rangeId)).findFirst().orElseThrow();
    }

    @Test
    void firstChoiceRangeRunsOutAndTheRestSpillToTheNextCandidate() {
        List<SimulatedUser> users = List.of(londoner(1), londoner(2), londoner(3));

        SimulationResult result = RangeDemandSimulation.simulate(users, RULES, ranges(2, 50), TenantPolicy.DEFAULTS);

        assertThat(forecast(result, "small")).isEqualTo(new RangeForecast("small", "Small", NumberType.DIRECT_ROUTING, 2, 3, 3, 2, 0, true));
        assertThat(forecast(result, "big")).isEqualTo(new RangeForecast("big", "Big", NumberType.DIRECT_ROUTING, 50, 0, 1, 1, 49, false));
        assertThat(forecast(result, "small").shortfall()).isEqualTo(1);
        assertThat(result.assigned()).isEqualTo(3);
    }

    @Test
    void usersWhoNeedNoNumberAreOnlyCounted() {
        List<SimulatedUser> users = List.of(
                new SimulatedUser(user().id("has").city("London").build(), PHONE, true),
                new SimulatedUser(user().id("unlicensed").city("London").build(), LicenceView.NONE, false),
                new SimulatedUser(user().id("disabled").city("London").accountEnabled(false).build(), PHONE, false));

        SimulationResult result = RangeDemandSimulation.simulate(users, RULES, ranges(2, 50), TenantPolicy.DEFAULTS);

        assertThat(result.usersConsidered()).isEqualTo(3);
        assertThat(result.notNeedingNumber()).isEqualTo(3);
        assertThat(result.ranges()).allSatisfy(range -> assertThat(range.demand()).isZero());
    }

    @Test
    void usersNoRuleMatchesAreCountedApart() {
        SimulatedUser parisian = new SimulatedUser(user().city("Paris").build(), PHONE, false);

        SimulationResult result = RangeDemandSimulation.simulate(List.of(parisian), RULES, ranges(2, 50), TenantPolicy.DEFAULTS);

        assertThat(result.withoutMatchingRule()).isEqualTo(1);
        assertThat(result.assigned()).isZero();
    }

    @Test
    void usersAreUnservedWhenEveryCandidateRunsOut() {
        List<SimulatedUser> users = List.of(londoner(1), londoner(2), londoner(3));

        SimulationResult result = RangeDemandSimulation.simulate(users, RULES, ranges(1, 1), TenantPolicy.DEFAULTS);

        assertThat(result.assigned()).isEqualTo(2);
        assertThat(result.unserved()).isEqualTo(1);
        assertThat(result.ranges()).allMatch(RangeForecast::runsOut);
    }

    @Test
    void unusedRangesAreListedAndDoNotRunOut() {
        SimulationResult result = RangeDemandSimulation.simulate(List.of(), RULES, ranges(0, 50), TenantPolicy.DEFAULTS);

        assertThat(result.ranges()).extracting(RangeForecast::rangeId).containsExactly("big", "small");
        assertThat(result.ranges()).noneMatch(RangeForecast::runsOut);
    }
}
