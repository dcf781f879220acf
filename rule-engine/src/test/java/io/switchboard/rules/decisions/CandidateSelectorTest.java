package io.switchboard.rules.decisions;

import static io.switchboard.rules.UserFixture.user;
import static io.switchboard.rules.decisions.DecisionFixtures.CALLING_PLAN;
import static io.switchboard.rules.decisions.DecisionFixtures.TEAMS_PHONE;
import static io.switchboard.rules.decisions.DecisionFixtures.range;
import static io.switchboard.rules.decisions.DecisionFixtures.ranges;
import static io.switchboard.rules.decisions.DecisionFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.RuleEvaluation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSelectorTest {

    private static final DirectoryUser LONDONER = user().city("London").office("Park Lane").usageLocation("GB").build();
    private static final String IN_LONDON = "city = \"London\"";

    private static final Map<String, RangeInfo> RANGES = ranges(
            range("cp-lon", NumberType.CALLING_PLAN, 10),
            range("dr-lon", NumberType.DIRECT_ROUTING, 5),
            range("dr-big", NumberType.DIRECT_ROUTING, 500),
            range("oc-lon", NumberType.OPERATOR_CONNECT, 20));

    private static CandidateSelector.Selection select(List<Rule> rules, TenantPolicy policy,
            LicenceView licences) {
        return CandidateSelector.select(LONDONER, licences, rules, RANGES, policy);
    }

    private static List<String> rangeIds(CandidateSelector.Selection selection) {
        return selection.candidates().stream().map(CandidateRange::rangeId).toList();
    }

    @Test
    void teamsPhoneUserDrawsFromDirectRoutingAndOperatorConnectOnly() {
        List<Rule> rules = List.of(rule("cp", "cp-lon", 1, IN_LONDON), rule("dr", "dr-lon", 2, IN_LONDON), rule("oc", "oc-lon", 3, IN_LONDON));

        assertThat(rangeIds(select(rules, TenantPolicy.DEFAULTS, TEAMS_PHONE))).containsExactly("dr-lon", "oc-lon");
    }

    @Test
    void callingPlanUserDrawsFromCallingPlanRangesOnlyByDefault() {
        List<Rule> rules = List.of(rule("dr", "dr-lon", 1, IN_LONDON), rule("cp", "cp-lon", 5, IN_LONDON));

        assertThat(rangeIds(select(rules, TenantPolicy.DEFAULTS, CALLING_PLAN))).containsExactly("cp-lon");
    }

    @Test
    void callingPlanRangesComeFirstEvenWithWorsePriorityWhenFallbackIsOn() {
        List<Rule> rules = List.of(rule("dr", "dr-lon", 1, IN_LONDON), rule("cp", "cp-lon", 5, IN_LONDON));

        assertThat(rangeIds(select(rules, new TenantPolicy(true, false), CALLING_PLAN))).containsExactly("cp-lon", "dr-lon");
    }

    @Test
    void fallbackAloneIsFlagged() {
        CandidateSelector.Selection selection = select(List.of(rule("dr", "dr-lon", 1, IN_LONDON)), new TenantPolicy(true, false), CALLING_PLAN);

        assertThat(selection.onlyFallback()).isTrue();
    }

    @Test
    void lowerPriorityValueComesFirst() {
        List<Rule> rules = List.of(rule("second", "dr-big", 20, IN_LONDON), rule("first", "dr-lon", 10, IN_LONDON));

        assertThat(rangeIds(select(rules, TenantPolicy.DEFAULTS, TEAMS_PHONE))).containsExactly("dr-lon", "dr-big");
    }

    @Test
    void equalPriorityPrefersTheRangeWithMoreFreeNumbers() {
        List<Rule> rules = List.of(rule("small", "dr-lon", 10, IN_LONDON), rule("big", "dr-big", 10, IN_LONDON));

        assertThat(rangeIds(select(rules, TenantPolicy.DEFAULTS, TEAMS_PHONE))).containsExactly("dr-big", "dr-lon");
    }

    @Test
    void aRangeMatchedByTwoRulesIsOfferedOnceAtItsBestPriority() {
        List<Rule> rules = List.of(rule("late", "dr-lon", 30, IN_LONDON), rule("early", "dr-lon", 3, "usageLocation = \"gb\""));

        assertThat(select(rules, TenantPolicy.DEFAULTS, TEAMS_PHONE).candidates())
                .containsExactly(new CandidateRange("dr-lon", NumberType.DIRECT_ROUTING, 3, "early"));
    }

    @Test
    void aRangeWithoutFreeNumbersStaysACandidateWithANote() {
        Map<String, RangeInfo> ranges = ranges(range("empty", NumberType.DIRECT_ROUTING, 0));

        CandidateSelector.Selection selection = CandidateSelector.select(LONDONER, TEAMS_PHONE,
                List.of(rule("r", "empty", 1, IN_LONDON)), ranges, TenantPolicy.DEFAULTS);

        assertThat(rangeIds(selection)).containsExactly("empty");
        assertThat(selection.evaluations().get(0).detail()).endsWith("(range 'empty' had no free number when last reported; still a candidate)");
    }

    @Test
    void disabledUnknownAndInactiveRulesAreListedAsSkipped() {
        Map<String, RangeInfo> ranges = ranges(range("dr-lon", NumberType.DIRECT_ROUTING, 5),
                new RangeInfo("retired", "Retired", NumberType.DIRECT_ROUTING, 10, 10, false));
        List<Rule> rules = List.of(rule("off", "dr-lon", 1, IN_LONDON).withEnabled(false), rule("ghost", "nowhere", 2, IN_LONDON),
                rule("old", "retired", 3, IN_LONDON));

        List<RuleEvaluation> evaluations = CandidateSelector.select(LONDONER, TEAMS_PHONE, rules, ranges, TenantPolicy.DEFAULTS).evaluations();

        assertThat(evaluations).extracting(RuleEvaluation::detail).containsExactly(
                "skipped: rule is disabled",
                "skipped: range 'nowhere' is unknown (no inventory.ranges record for it yet)",
                "skipped: range 'Retired' is inactive");
        assertThat(evaluations).noneMatch(RuleEvaluation::matched);
    }

    @Test
    void evaluationsFollowPriorityOrderAndNameTheRule() {
        List<Rule> rules = List.of(rule("b", "dr-lon", 20, IN_LONDON), rule("a", "oc-lon", 10, "city = \"Paris\""));

        List<RuleEvaluation> evaluations = select(rules, TenantPolicy.DEFAULTS, TEAMS_PHONE).evaluations();

        assertThat(evaluations).extracting(RuleEvaluation::ruleId, RuleEvaluation::ruleName, RuleEvaluation::rangeId, RuleEvaluation::matched)
                .containsExactly(tuple("a", "Rule a", "oc-lon", false),
                        tuple("b", "Rule b", "dr-lon", true));
    }
}
