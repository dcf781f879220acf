package io.switchboard.rules.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class RuleParserErrorsTest {

    private static RuleSyntaxException errorOf(String rule) {
        return catchThrowableOfType(RuleSyntaxException.class, () -> RuleParser.parse(rule));
    }

    @Test
    void unknownAttributeSuggestsTheClosestName() {
        RuleSyntaxException error = errorOf("ofice = \"Park Lane\"");

        assertThat(error).hasMessage("unknown attribute 'ofice' at line 1, column 1, did you mean 'office'?");
        assertThat(error.suggestion()).contains("office");
    }

    @Test
    void positionsCountLinesAndColumnsFromOne() {
        RuleSyntaxException error = errorOf("city = \"London\"\n  AND deparment = \"Sales\"");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(7);
        assertThat(error).hasMessage("unknown attribute 'deparment' at line 2, column 7, did you mean 'department'?");
    }

    @Test
    void unknownOperatorSuggestsTheClosestOperator() {
        assertThat(errorOf("city eqals \"London\""))
                .hasMessage("unknown operator 'eqals' at line 1, column 6, did you mean 'equals'?");
    }

    @Test
    void unknownAttributeWithoutCloseMatchHasNoSuggestion() {
        RuleSyntaxException error = errorOf("shoeSize = \"42\"");

        assertThat(error).hasMessage("unknown attribute 'shoeSize' at line 1, column 1");
        assertThat(error.suggestion()).isEmpty();
    }

    @Test
    void unquotedValueShowsHowToQuoteIt() {
        assertThat(errorOf("city = London")).hasMessage(
                "expected a quoted value after '=', found 'London'; put text in double quotes: \"London\" at line 1, column 8");
    }

    @Test
    void missingValueAtTheEnd() {
        assertThat(errorOf("city ="))
                .hasMessage("expected a quoted value after '=', found the end of the rule at line 1, column 7");
    }

    @Test
    void missingOperatorListsTheOperators() {
        assertThat(errorOf("city")).hasMessageStartingWith("expected an operator after 'city' (=, !=, in, starts with")
                .hasMessageEndingWith("found the end of the rule at line 1, column 5");
    }

    @Test
    void missingClosingParenthesisPointsAtTheOpeningOne() {
        assertThat(errorOf("(city = \"a\" OR city = \"b\""))
                .hasMessage("missing ')': the '(' of line 1, column 1 is never closed at line 1, column 26");
    }

    @Test
    void unmatchedClosingParenthesis() {
        assertThat(errorOf("city = \"a\")")).hasMessage("unmatched ')' at line 1, column 11");
    }

    @Test
    void misspeltConnectiveSuggestsAnd() {
        assertThat(errorOf("city = \"a\" ADN office = \"b\"")).hasMessage(
                "unexpected 'ADN', expected AND, OR or the end of the rule at line 1, column 12, did you mean 'AND'?");
    }

    @Test
    void conditionCannotStartWithAConnective() {
        assertThat(errorOf("AND city = \"a\""))
                .hasMessage("expected a condition such as city = \"London\", found 'AND' at line 1, column 1");
    }

    @Test
    void unterminatedTextPointsAtItsOpeningQuote() {
        assertThat(errorOf("city = \"London")).hasMessage("unterminated text starting with \"; close it with \" at line 1, column 8");
    }

    @Test
    void unknownEscapeExplainsTheValidOnes() {
        assertThat(errorOf("city = \"C:\\temp\\x\"")).hasMessageStartingWith("unknown escape '\\x'; use")
                .hasMessageEndingWith("at line 1, column 16");
    }

    @Test
    void invalidRegularExpressionPointsAtTheValue() {
        RuleSyntaxException error = errorOf("city = \"a\" AND office matches \"Park[\"");

        assertThat(error.problem()).startsWith("invalid regular expression 'Park[': Unclosed character class");
        assertThat(error.column()).isEqualTo(31);
    }

    @Test
    void emptyListIsRejected() {
        assertThat(errorOf("city in ()")).hasMessage("expected a quoted value after 'in', found ')' at line 1, column 10");
    }

    @Test
    void listWithoutParentheses() {
        assertThat(errorOf("city in \"a\"")).hasMessageStartingWith("expected '(' after 'in', found \"a\"");
    }

    @Test
    void startsNeedsWith() {
        assertThat(errorOf("city starts \"Lon\"")).hasMessage("expected 'with' after 'starts', found \"Lon\" at line 1, column 13");
    }

    @Test
    void misspeltEmptySuggestsEmpty() {
        assertThat(errorOf("city is emtpy")).hasMessage(
                "expected 'empty' after 'is', found 'emtpy' at line 1, column 9, did you mean 'empty'?");
    }

    @Test
    void misspeltSensitiveSuggestsSensitive() {
        assertThat(errorOf("city = \"a\" case sensitve")).hasMessage(
                "expected 'sensitive' or 'insensitive' after 'case', found 'sensitve' at line 1, column 17, did you mean 'sensitive'?");
    }

    @Test
    void symbolsFromOtherLanguagesAreExplained() {
        assertThat(errorOf("city = \"a\" && city = \"b\"")).hasMessage(
                "unexpected character '&'; combine conditions with AND / OR at line 1, column 12");
    }

    @Test
    void blankRuleIsRejectedWithAnExample() {
        assertThat(errorOf("  ")).hasMessage("empty rule; write a condition such as office = \"Park Lane\" at line 1, column 1");
    }

    @Test
    void excerptMarksTheColumn() {
        String rule = "city = \"a\"\nAND ofice = \"b\"";

        assertThat(errorOf(rule).excerpt(rule)).isEqualTo("AND ofice = \"b\"\n    ^");
    }
}
