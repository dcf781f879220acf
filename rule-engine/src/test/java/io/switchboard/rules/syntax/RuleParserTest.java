package io.switchboard.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleParserTest {

    private static final Comparison A = Comparison.of(Attribute.CITY, Operator.EQUALS, "a");
    private static final Comparison B = Comparison.of(Attribute.CITY, Operator.EQUALS, "b");
    private static final Comparison C = Comparison.of(Attribute.CITY, Operator.EQUALS, "c");

    @Test
    void readsTheCallrouteExampleWithAliases() {
        Condition condition = RuleParser.parse("Office = \"Park Lane\" AND City = \"LONDON\"");

        assertThat(condition).isEqualTo(And.of(Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "Park Lane"),
                Comparison.of(Attribute.CITY, Operator.EQUALS, "LONDON")));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(RuleParser.parse("city = \"a\" OR city = \"b\" AND city = \"c\"")).isEqualTo(Or.of(A, And.of(B, C)));
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(RuleParser.parse("NOT city = \"a\" AND city = \"b\"")).isEqualTo(And.of(new Not(A), B));
    }

    @Test
    void parenthesesGroup() {
        assertThat(RuleParser.parse("(city = \"a\" OR city = \"b\") AND city = \"c\"")).isEqualTo(And.of(Or.of(A, B), C));
    }

    @Test
    void aChainOfTheSameConnectiveIsOneNode() {
        assertThat(RuleParser.parse("city = \"a\" AND city = \"b\" AND city = \"c\"")).isEqualTo(And.of(A, B, C));
    }

    @Test
    void keywordsAndOperatorsIgnoreCase() {
        assertThat(RuleParser.parse("not CITY = \"a\" and city STARTS WITH \"b\"")).isEqualTo(
                And.of(new Not(A), Comparison.of(Attribute.CITY, Operator.STARTS_WITH, "b")));
    }

    @Test
    void readsEveryOperatorSpelling() {
        assertThat(List.of("city = \"x\"", "city == \"x\"", "city equals \"x\"")).map(RuleParser::parse)
                .containsOnly(Comparison.of(Attribute.CITY, Operator.EQUALS, "x"));
        assertThat(List.of("city != \"x\"", "city <> \"x\"", "city notEquals \"x\"")).map(RuleParser::parse)
                .containsOnly(Comparison.of(Attribute.CITY, Operator.NOT_EQUALS, "x"));
        assertThat(List.of("city starts with \"x\"", "city startsWith \"x\"")).map(RuleParser::parse)
                .containsOnly(Comparison.of(Attribute.CITY, Operator.STARTS_WITH, "x"));
        assertThat(List.of("city ends with \"x\"", "city endsWith \"x\"")).map(RuleParser::parse)
                .containsOnly(Comparison.of(Attribute.CITY, Operator.ENDS_WITH, "x"));
    }

    @Test
    void readsContainsAndMatches() {
        assertThat(RuleParser.parse("jobTitle contains \"engineer\" OR upn matches \".*@contoso\\\\.com\"")).isEqualTo(
                Or.of(Comparison.of(Attribute.JOB_TITLE, Operator.CONTAINS, "engineer"),
                        Comparison.of(Attribute.USER_PRINCIPAL_NAME, Operator.MATCHES, ".*@contoso\\.com")));
    }

    @Test
    void readsAListOfValues() {
        assertThat(RuleParser.parse("usageLocation in (\"GB\", \"IE\",\"FR\")"))
                .isEqualTo(Comparison.of(Attribute.USAGE_LOCATION, Operator.IN, "GB", "IE", "FR"));
    }

    @Test
    void readsEmptinessTests() {
        assertThat(List.of("department is empty", "department isEmpty")).map(RuleParser::parse)
                .containsOnly(Comparison.of(Attribute.DEPARTMENT, Operator.IS_EMPTY));
        assertThat(List.of("department is not empty", "department IS NOT EMPTY", "department isNotEmpty"))
                .map(RuleParser::parse).containsOnly(Comparison.of(Attribute.DEPARTMENT, Operator.IS_NOT_EMPTY));
    }

    @Test
    void readsEscapesInDoubleAndSingleQuotes() {
        assertThat(RuleParser.parse("office = \"Tower \\\"B\\\" \\\\ \\n\\t\\u00e9\""))
                .isEqualTo(Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "Tower \"B\" \\ \n\t\u00e9"));
        assertThat(RuleParser.parse("office = 'O\\'Neil \"Hall\"'"))
                .isEqualTo(Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "O'Neil \"Hall\""));
    }

    @Test
    void caseSensitiveModifierKeepsTrimming() {
        assertThat(RuleParser.parse("city = \"London\" case sensitive"))
                .isEqualTo(Comparison.of(Attribute.CITY, Operator.EQUALS, "London").withCaseSensitive(true));
    }

    @Test
    void exactModifierIsCaseSensitiveAndUntrimmed() {
        assertThat(RuleParser.parse("city = \"London\" EXACT"))
                .isEqualTo(Comparison.of(Attribute.CITY, Operator.EQUALS, "London").withCaseSensitive(true).withTrim(false));
    }

    @Test
    void untrimmedModifierOnlyTurnsOffTrimming() {
        assertThat(RuleParser.parse("city = \" London\" untrimmed"))
                .isEqualTo(Comparison.of(Attribute.CITY, Operator.EQUALS, " London").withTrim(false));
    }

    @Test
    void caseInsensitiveModifierRestatesTheDefault() {
        assertThat(RuleParser.parse("city = \"London\" case insensitive"))
                .isEqualTo(Comparison.of(Attribute.CITY, Operator.EQUALS, "London"));
    }

    @Test
    void rulesMaySpanLines() {
        assertThat(RuleParser.parse("city = \"a\"\r\n  OR\n\tcity = \"b\"")).isEqualTo(Or.of(A, B));
    }
}
