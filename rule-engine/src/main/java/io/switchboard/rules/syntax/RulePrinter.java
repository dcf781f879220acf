package io.switchboard.rules.syntax;

import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import java.util.List;

/**
 * Prints a condition in canonical readable form: canonical attribute names, upper-case AND / OR /
 * NOT, the operators' readable words and double-quoted values. Parentheses are added wherever the
 * tree's shape would otherwise be lost, so {@code RuleParser.parse(print(c)).equals(c)} for every
 * tree {@code c}.
 */
public final class RulePrinter {

    private RulePrinter() {
    }

    public static String print(Condition condition) {
        StringBuilder out = new StringBuilder();
        print(condition, out);
        return out.toString();
    }

    private static void print(Condition condition, StringBuilder out) {
        if (condition instanceof Comparison comparison) {
            printComparison(comparison, out);
        } else if (condition instanceof Not not) {
            out.append("NOT ");
            printOperand(not.operand(), not.operand() instanceof And || not.operand() instanceof Or, out);
        } else if (condition instanceof And and) {
            // A nested AND in an AND is kept apart by parentheses, else parsing would flatten it.
            join(and.operands(), " AND ", true, out);
        } else {
            join(((Or) condition).operands(), " OR ", false, out);
        }
    }

    private static void join(List<Condition> operands, String connective, boolean inAnd, StringBuilder out) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(connective);
            }
            Condition operand = operands.get(i);
            boolean parenthesise = operand instanceof Or || (inAnd && operand instanceof And);
            printOperand(operand, parenthesise, out);
        }
    }

    private static void printOperand(Condition operand, boolean parenthesise, StringBuilder out) {
        if (parenthesise) {
            out.append('(');
            print(operand, out);
            out.append(')');
        } else {
            print(operand, out);
        }
    }

    private static void printComparison(Comparison comparison, StringBuilder out) {
        out.append(comparison.attribute().canonicalName()).append(' ').append(comparison.operator().readable());
        if (comparison.operator() == Operator.IN) {
            out.append(" (");
            for (int i = 0; i < comparison.values().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                quote(comparison.values().get(i), out);
            }
            out.append(')');
        } else if (comparison.operator().arity() == Operator.Arity.ONE) {
            out.append(' ');
            quote(comparison.value(), out);
        }
        if (comparison.caseSensitive() && !comparison.trim()) {
            out.append(" exact");
        } else if (comparison.caseSensitive()) {
            out.append(" case sensitive");
        } else if (!comparison.trim()) {
            out.append(" untrimmed");
        }
    }

    /** Double quotes with backslash escapes; control characters as \\uXXXX so a rule stays on one line. */
    static void quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
