package io.switchboard.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void defaultsToCaseInsensitiveAndTrimmed() {
        Comparison comparison = Comparison.of(Attribute.CITY, Operator.EQUALS, "London");

        assertThat(comparison.caseSensitive()).isFalse();
        assertThat(comparison.trim()).isTrue();
    }

    @Test
    void rejectsAMissingValueForASingleValueOperator() {
        assertThatThrownBy(() -> Comparison.of(Attribute.CITY, Operator.EQUALS))
                .isInstanceOf(InvalidConditionException.class)
                .hasMessage("'equals' takes exactly one value, got 0");
    }

    @Test
    void rejectsAnEmptyInList() {
        assertThatThrownBy(() -> Comparison.of(Attribute.CITY, Operator.IN))
                .hasMessage("'in' takes at least one value, got 0");
    }

    @Test
    void rejectsValuesForIsEmpty() {
        assertThatThrownBy(() -> Comparison.of(Attribute.CITY, Operator.IS_EMPTY, "x"))
                .hasMessage("'isEmpty' takes no value, got 1");
    }

    @Test
    void rejectsNullValues() {
        List<String> withNull = Arrays.asList("a", null);

        assertThatThrownBy(() -> new Comparison(Attribute.CITY, Operator.IN, withNull, false, true))
                .isInstanceOf(InvalidConditionException.class)
                .hasMessageContaining("missing (null) value");
    }

    @Test
    void validatesRegularExpressionsWhenBuilt() {
        assertThatThrownBy(() -> Comparison.of(Attribute.CITY, Operator.MATCHES, "Lon[don"))
                .isInstanceOf(InvalidConditionException.class)
                .hasMessageStartingWith("invalid regular expression 'Lon[don': Unclosed character class");
    }

    @Test
    void andWithASingleOperandIsRejectedWithAHint() {
        Condition only = Comparison.of(Attribute.CITY, Operator.IS_EMPTY);

        assertThatThrownBy(() -> And.of(only))
                .isInstanceOf(InvalidConditionException.class)
                .hasMessage("'and' needs at least 2 conditions, got 1; with a single condition, write that condition without 'and'");
    }

    @Test
    void treesWithTheSameShapeAreEqual() {
        Condition first = Or.of(Comparison.of(Attribute.CITY, Operator.IN, "a", "b"), new Not(Comparison.of(Attribute.STATE, Operator.IS_EMPTY)));
        Condition second = Or.of(Comparison.of(Attribute.CITY, Operator.IN, "a", "b"), new Not(Comparison.of(Attribute.STATE, Operator.IS_EMPTY)));

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }
}
