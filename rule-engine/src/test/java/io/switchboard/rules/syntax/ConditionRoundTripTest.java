package io.switchboard.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.ConditionEvaluator;
import io.switchboard.rules.json.ConditionJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The readable syntax and the JSON form are two spellings of the same tree, for any tree. */
class ConditionRoundTripTest {

    @Property(tries = 500)
    void printedTreesParseBackToTheSameTree(@ForAll("conditions") Condition condition) {
        String printed = RulePrinter.print(condition);

        assertThat(RuleParser.parse(printed)).isEqualTo(condition);
    }

    @Property(tries = 500)
    void jsonTreesReadBackToTheSameTree(@ForAll("conditions") Condition condition) {
        assertThat(ConditionJson.fromJson(ConditionJson.toJson(condition))).isEqualTo(condition);
    }

    @Property(tries = 300)
    void jsonTextReadsBackToTheSameTree(@ForAll("conditions") Condition condition) {
        assertThat(ConditionJson.read(ConditionJson.write(condition))).isEqualTo(condition);
    }

    @Property(tries = 300)
    void printingIsCanonical(@ForAll("conditions") Condition condition) {
        String printed = RulePrinter.print(condition);

        assertThat(RulePrinter.print(RuleParser.parse(printed))).isEqualTo(printed);
    }

    @Property(tries = 300)
    void explainingAgreesWithMatching(@ForAll("conditions") Condition condition, @ForAll("users") DirectoryUser user) {
        assertThat(ConditionEvaluator.explain(condition, user).matched()).isEqualTo(ConditionEvaluator.matches(condition, user));
    }

    @Property(tries = 300)
    void textualReasonReadsLikeTheRenderedTree(@ForAll("conditions") Condition condition, @ForAll("users") DirectoryUser user) {
        StringBuilder text = new StringBuilder();

        boolean matched = ConditionEvaluator.explainInto(condition, user, text);

        assertThat(text.toString()).isEqualTo(ConditionEvaluator.explain(condition, user).render());
        assertThat(matched).isEqualTo(ConditionEvaluator.matches(condition, user));
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return ConditionArbitraries.conditions();
    }

    @Provide
    Arbitrary<DirectoryUser> users() {
        Arbitrary<String> values = Arbitraries.oneOf(ConditionArbitraries.texts(), Arbitraries.just(null));
        return Combinators.combine(values, values, values, values, values, values, values, values)
                .as((city, office, usage, department, company, country, state, title) -> new DirectoryUser("u", "name",
                        "u@contoso.com", null, true, city, office, usage, department, company, country, state, title, null));
    }
}
