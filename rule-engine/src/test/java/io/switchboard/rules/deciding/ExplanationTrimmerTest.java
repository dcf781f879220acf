package io.switchboard.rules.deciding;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.RuleEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTrimmerTest {

    @Test
    void keepsEveryMatchAndTheFirstUnmatchedOnesAndCountsTheRest() {
        // given 1,000 evaluations of which three (early, middle, late) matched
        List<RuleEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            boolean matched = i == 5 || i == 500 || i == 999;
            evaluations.add(new RuleEvaluation("rule-" + i, "Rule " + i, "range-" + i, matched, matched ? "matched: x" : "no match: y"));
        }
        Explanation full = new Explanation("user joined; rule 'rule-5' matched", evaluations);

        // when it is trimmed to 50 non-matching evaluations
        Explanation trimmed = ExplanationTrimmer.trim(full, 50);

        // then all three matches stay, in order, with the first 50 others; the summary counts the 947 left out
        assertThat(trimmed.evaluations()).hasSize(53);
        assertThat(trimmed.evaluations()).filteredOn(RuleEvaluation::matched).extracting(RuleEvaluation::ruleId)
                .containsExactly("rule-5", "rule-500", "rule-999");
        assertThat(trimmed.evaluations()).filteredOn(e -> !e.matched()).extracting(RuleEvaluation::ruleId)
                .startsWith("rule-0", "rule-1").endsWith("rule-50");
        assertThat(trimmed.summary()).startsWith("user joined; rule 'rule-5' matched; 947 further rules")
                .contains("omitted").contains("rules/evaluate");
    }

    @Test
    void leavesASmallExplanationAlone() {
        // given fewer non-matching evaluations than the limit
        Explanation full = new Explanation("s", List.of(new RuleEvaluation("a", "A", "r", false, "no match: x")));

        // when trimmed, then nothing changes
        assertThat(ExplanationTrimmer.trim(full, 50)).isSameAs(full);
    }

    @Test
    void limitZeroKeepsOnlyMatches() {
        Explanation full = new Explanation("s", List.of(
                new RuleEvaluation("a", "A", "r", false, "no match: x"),
                new RuleEvaluation("b", "B", "r", true, "matched: y")));

        Explanation trimmed = ExplanationTrimmer.trim(full, 0);

        assertThat(trimmed.evaluations()).extracting(RuleEvaluation::ruleId).containsExactly("b");
        assertThat(trimmed.summary()).contains("1 further rule that did not match");
    }
}
