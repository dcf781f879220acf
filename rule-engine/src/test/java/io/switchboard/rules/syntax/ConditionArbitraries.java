package io.switchboard.rules.syntax;

import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random condition trees for property tests: every operator, option and awkward character. */
final class ConditionArbitraries {

    private ConditionArbitraries() {
    }

    static Arbitrary<Condition> conditions() {
        return tree(4);
    }

    private static Arbitrary<Condition> tree(int depth) {
        if (depth == 0) {
            return comparisons();
        }
        Arbitrary<Condition> smaller = Arbitraries.lazy(() -> tree(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, comparisons()),
                Tuple.of(2, smaller.list().ofMinSize(2).ofMaxSize(4).map(And::new)),
                Tuple.of(2, smaller.list().ofMinSize(2).ofMaxSize(4).map(Or::new)),
                Tuple.of(1, smaller.map(Not::new)));
    }

    static Arbitrary<Condition> comparisons() {
        Arbitrary<Attribute> attributes = Arbitraries.of(Attribute.class);
        Arbitrary<Operator> operators = Arbitraries.of(Operator.class);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Combinators.combine(attributes, operators, texts().list().ofMinSize(1).ofMaxSize(3), flags, flags)
                .as((attribute, operator, values, caseSensitive, trim) ->
                        new Comparison(attribute, operator, valuesFor(operator, values), caseSensitive, trim));
    }

    private static List<String> valuesFor(Operator operator, List<String> values) {
        return switch (operator.arity()) {
            case NONE -> List.of();
            case ONE -> List.of(operator == Operator.MATCHES ? Pattern.quote(values.get(0)) + ".*" : values.get(0));
            case AT_LEAST_ONE -> values;
        };
    }

    /** Plain words most of the time, but also quotes, backslashes, control characters and any Unicode. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("London", "Park Lane", " padded ", "", "O'Neil", "say \"hi\"", "C:\\temp", "AND", "not"),
                Arbitraries.strings().withChars("\"'\\\n\r\t ()=!,aZ\u00e9\u0000\u001f\u2028").ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
    }
}
