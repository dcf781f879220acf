package io.switchboard.rules.conditions;

import static io.switchboard.rules.UserFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final DirectoryUser PARISIAN = user().city("Paris").office("Park Lane").build();

    @Test
    void rendersEveryComparisonWithTheUsersValueAndItsVerdict() {
        Condition rule = And.of(Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "park lane"),
                Comparison.of(Attribute.CITY, Operator.EQUALS, "LONDON"));

        String reason = ConditionEvaluator.explain(rule, PARISIAN).render();

        assertThat(reason).isEqualTo("all of [officeLocation 'Park Lane' = 'park lane' (case-insensitive): true; "
                + "city 'Paris' = 'LONDON' (case-insensitive): false]: false");
    }

    @Test
    void rendersMissingValuesAsEmpty() {
        Condition rule = Comparison.of(Attribute.DEPARTMENT, Operator.IS_NOT_EMPTY);

        assertThat(ConditionEvaluator.explain(rule, PARISIAN).render())
                .isEqualTo("department (empty) is not empty (case-insensitive): false");
    }

    @Test
    void rendersListsNegationAndNonDefaultModes() {
        Condition rule = new Not(Comparison.of(Attribute.CITY, Operator.IN, "Paris", "Lyon").withCaseSensitive(true).withTrim(false));

        assertThat(ConditionEvaluator.explain(rule, PARISIAN).render())
                .isEqualTo("not [city 'Paris' in ('Paris', 'Lyon') (case-sensitive, untrimmed): true]: false");
    }

    @Test
    void failedComparisonsNameOnlyTheFalseLeaves() {
        Condition rule = Or.of(Comparison.of(Attribute.CITY, Operator.EQUALS, "London"),
                Comparison.of(Attribute.OFFICE_LOCATION, Operator.STARTS_WITH, "Park"));

        Evaluation evaluation = ConditionEvaluator.explain(rule, PARISIAN);

        assertThat(evaluation.failedComparisons()).extracting(Evaluation::description)
                .containsExactly("city 'Paris' = 'London' (case-insensitive)");
    }
}
