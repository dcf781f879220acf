package io.switchboard.rules.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.rest.problems.Problem.FieldError;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.syntax.RuleParser;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readableExpressionBecomesARuleWithDefaults() {
        Rule rule = RuleValidation.toRule("t", "london", request(null, "office = \"Park Lane\" AND city = \"London\"", null), 1);

        assertThat(rule.condition()).isEqualTo(RuleParser.parse("officeLocation = \"Park Lane\" AND city = \"London\""));
        assertThat(rule.priority()).isEqualTo(RuleValidation.DEFAULT_PRIORITY);
        assertThat(rule.enabled()).isTrue();
    }

    @Test
    void everyProblemIsReportedWithItsPointer() throws Exception {
        // given a JSON condition with a misspelt operator, no range and a negative priority
        RuleRequest request = new RuleRequest("r1", null, " ", JSON.readTree("""
                {"and": [{"attribute": "city", "op": "equals", "value": "London"},
                         {"attribute": "office", "op": "eqals", "value": "Park Lane"}]}"""), null, -1, null, null);

        // when validated
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RuleValidation.toRule("t", "r1", request, 1));

        // then each part is named
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.toProblem("/x").errors()).extracting(FieldError::pointer)
                .containsExactlyInAnyOrder("/rangeId", "/priority", "/condition/and/1/op");
        assertThat(problem.toProblem("/x").errors()).anySatisfy(e -> assertThat(e.message()).contains("did you mean 'equals'"));
    }

    @Test
    void expressionErrorsCarryLineColumnAndSuggestion() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> RuleValidation.toRule("t", "r1", request(null, "city = \"London\" AND\n  ofice = \"Park Lane\"", null), 1));

        FieldError error = problem.toProblem("/x").errors().get(0);
        assertThat(error.pointer()).isEqualTo("/expression");
        assertThat(error.message()).contains("'ofice'").contains("line 2, column 3").contains("did you mean 'office'");
        assertThat(problem.getMessage()).contains("  ofice = \"Park Lane\"\n  ^");
    }

    @Test
    void bothFormsMustAgree() throws Exception {
        RuleRequest request = request(JSON.readTree("{\"attribute\": \"city\", \"op\": \"equals\", \"value\": \"Leeds\"}"),
                "city = \"London\"", null);

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RuleValidation.toRule("t", "r1", request, 1));

        assertThat(problem.toProblem("/x").errors()).extracting(FieldError::pointer).containsExactly("/expression");
    }

    @Test
    void aConditionIsRequiredAndIdsAreChecked() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> RuleValidation.toRule("t", "no spaces allowed", request(null, null, null), 1));

        assertThat(problem.toProblem("/x").errors()).extracting(FieldError::pointer).containsExactly("/id", "/condition");
    }

    private static RuleRequest request(com.fasterxml.jackson.databind.JsonNode condition, String expression, Integer priority) {
        return new RuleRequest(null, "name", "range-1", condition, expression, priority, null, null);
    }
}
