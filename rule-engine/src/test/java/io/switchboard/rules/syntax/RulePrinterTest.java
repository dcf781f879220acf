package io.switchboard.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import org.junit.jupiter.api.Test;

class RulePrinterTest {

    private static final Comparison A = Comparison.of(Attribute.CITY, Operator.EQUALS, "a");
    private static final Comparison B = Comparison.of(Attribute.CITY, Operator.EQUALS, "b");
    private static final Comparison C = Comparison.of(Attribute.CITY, Operator.EQUALS, "c");

    @Test
    void printsCanonicalNamesAndUpperCaseKeywords() {
        assertThat(RulePrinter.print(RuleParser.parse("office = \"Park Lane\" and city = \"LONDON\"")))
                .isEqualTo("officeLocation = \"Park Lane\" AND city = \"LONDON\"");
    }

    @Test
    void parenthesisesAnOrInsideAnAnd() {
        assertThat(RulePrinter.print(And.of(Or.of(A, B), C))).isEqualTo("(city = \"a\" OR city = \"b\") AND city = \"c\"");
    }

    @Test
    void leavesAnAndInsideAnOrBare() {
        assertThat(RulePrinter.print(Or.of(And.of(A, B), C))).isEqualTo("city = \"a\" AND city = \"b\" OR city = \"c\"");
    }

    @Test
    void keepsNestedConnectivesOfTheSameKindApart() {
        assertThat(RulePrinter.print(And.of(A, And.of(B, C)))).isEqualTo("city = \"a\" AND (city = \"b\" AND city = \"c\")");
        assertThat(RulePrinter.print(Or.of(Or.of(A, B), C))).isEqualTo("(city = \"a\" OR city = \"b\") OR city = \"c\"");
    }

    @Test
    void negatesCompoundConditionsInParentheses() {
        assertThat(RulePrinter.print(new Not(And.of(A, B)))).isEqualTo("NOT (city = \"a\" AND city = \"b\")");
        assertThat(RulePrinter.print(new Not(new Not(A)))).isEqualTo("NOT NOT city = \"a\"");
    }

    @Test
    void printsListsEmptinessAndModifiers() {
        assertThat(RulePrinter.print(Comparison.of(Attribute.USAGE_LOCATION, Operator.IN, "GB", "IE").withCaseSensitive(true)))
                .isEqualTo("usageLocation in (\"GB\", \"IE\") case sensitive");
        assertThat(RulePrinter.print(Comparison.of(Attribute.STATE, Operator.IS_NOT_EMPTY).withTrim(false)))
                .isEqualTo("state is not empty untrimmed");
        assertThat(RulePrinter.print(Comparison.of(Attribute.JOB_TITLE, Operator.STARTS_WITH, "Dr").withCaseSensitive(true).withTrim(false)))
                .isEqualTo("jobTitle starts with \"Dr\" exact");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        Comparison value = Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "\"B\" \\ \n\u0001");

        assertThat(RulePrinter.print(value)).isEqualTo("officeLocation = \"\\\"B\\\" \\\\ \\n\\u0001\"");
    }
}
