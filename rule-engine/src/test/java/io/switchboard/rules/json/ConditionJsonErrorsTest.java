package io.switchboard.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionJsonErrorsTest {

    private static List<String> errorsOf(String json) {
        String strict = json.replace('\'', '"');
        return catchThrowableOfType(ConditionValidationException.class, () -> ConditionJson.read(strict))
                .errors().stream().map(ValidationError::toString).toList();
    }

    @Test
    void unknownOperatorIsReportedAtItsPointerWithASuggestion() {
        assertThat(errorsOf("{'and':[{'attribute':'city','op':'equals','value':'London'},"
                + "{'attribute':'office','op':'eqals','value':'Park Lane'}]}"))
                .containsExactly("/and/1/op: unknown operator 'eqals', did you mean 'equals'?");
    }

    @Test
    void unknownAttributeWithoutSuggestionListsTheKnownOnes() {
        assertThat(errorsOf("{'attribute':'shoeSize','op':'equals','value':'42'}"))
                .singleElement().asString().startsWith("/attribute: unknown attribute 'shoeSize'; expected one of city, officeLocation,");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(errorsOf("{'or':[{'attribute':'ofice','op':'equals','value':'a'},{'attribute':'city','op':'in','values':[1]},"
                + "{'attribute':'city','op':'isEmpty','valeu':'x'}]}"))
                .containsExactly("/or/0/attribute: unknown attribute 'ofice', did you mean 'office'?",
                        "/or/1/values/0: expected a text, found number 1",
                        "/or/2/valeu: unknown field 'valeu', did you mean 'value'?");
    }

    @Test
    void invalidRegularExpressionIsReportedAtTheValue() {
        assertThat(errorsOf("{'not':{'attribute':'city','op':'matches','value':'Lon[don'}}"))
                .singleElement().asString().startsWith("/not/value: invalid regular expression 'Lon[don': Unclosed character class");
    }

    @Test
    void wrongValueFieldForTheOperatorSaysWhichOneToUse() {
        assertThat(errorsOf("{'attribute':'city','op':'in','value':'London'}"))
                .containsExactly("/value: 'in' takes \"values\": [\"...\", ...], not 'value'");
        assertThat(errorsOf("{'attribute':'city','op':'equals','values':['London']}"))
                .containsExactly("/values: 'equals' takes a single \"value\": \"...\", not 'values'");
        assertThat(errorsOf("{'attribute':'city','op':'isEmpty','value':''}"))
                .containsExactly("/value: 'isEmpty' takes no value; remove 'value'");
    }

    @Test
    void missingFieldsAreReportedOnTheirObject() {
        assertThat(errorsOf("{'and':[{'attribute':'city','value':'a'},{'attribute':'city','op':'equals'}]}"))
                .containsExactly("/and/0: missing 'op'", "/and/1: missing 'value'");
    }

    @Test
    void connectiveNeedsAtLeastTwoOperands() {
        assertThat(errorsOf("{'and':[{'attribute':'city','op':'isEmpty'}]}"))
                .containsExactly("/and: 'and' needs at least 2 conditions, got 1; with a single condition, write that condition without 'and'");
    }

    @Test
    void connectiveMustBeAnArray() {
        assertThat(errorsOf("{'or':{'attribute':'city','op':'isEmpty'}}"))
                .singleElement().asString().startsWith("/or: 'or' takes an array of conditions, found object");
    }

    @Test
    void twoConnectivesInOneObjectAreRejected() {
        assertThat(errorsOf("{'and':[],'or':[]}"))
                .containsExactly("/: a condition has one of 'and', 'or', 'not', found and and or; nest one inside the other");
    }

    @Test
    void fieldsBesideAConnectiveAreRejected() {
        assertThat(errorsOf("{'not':{'attribute':'city','op':'isEmpty'},'attribute':'city'}"))
                .containsExactly("/attribute: unexpected field 'attribute' beside 'not'; a condition with 'not' has no other field");
    }

    @Test
    void optionsMustBeBooleans() {
        assertThat(errorsOf("{'attribute':'city','op':'isEmpty','caseSensitive':'yes'}"))
                .containsExactly("/caseSensitive: expected true or false, found string \"yes\"");
    }

    @Test
    void pointerEscapesSlashAndTilde() {
        assertThat(errorsOf("{'attribute':'city','op':'isEmpty','a/b~c':1}"))
                .containsExactly("/a~1b~0c: unknown field 'a/b~c'; expected one of attribute, op, value, values, caseSensitive, trim");
    }

    @Test
    void nonObjectsAndBrokenJsonAreExplained() {
        assertThat(errorsOf("['city']")).singleElement().asString().startsWith("/: expected a condition object such as");
        assertThat(errorsOf("{'attribute':")).singleElement().asString().startsWith("/: not valid JSON at line 1, column 14");
    }
}
