package io.switchboard.rules.conditions;

import io.switchboard.events.directory.DirectoryUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates condition trees against a user. {@link #matches} is the fast yes/no path (it stops at the
 * first operand that decides); {@link #explain} evaluates every operand so the reason is complete, as
 * a tree for structured output; {@link #explainInto} writes the same reason as text without building
 * the tree, for decisions that explain every rule of a tenant. A missing attribute counts as the
 * empty text.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    public static boolean matches(Condition condition, DirectoryUser user) {
        if (condition instanceof Comparison comparison) {
            return test(comparison, comparison.attribute().valueOf(user));
        }
        if (condition instanceof And and) {
            for (Condition operand : and.operands()) {
                if (!matches(operand, user)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Or or) {
            for (Condition operand : or.operands()) {
                if (matches(operand, user)) {
                    return true;
                }
            }
            return false;
        }
        return !matches(((Not) condition).operand(), user);
    }

    public static Evaluation explain(Condition condition, DirectoryUser user) {
        if (condition instanceof Comparison comparison) {
            String actual = comparison.attribute().valueOf(user);
            return Evaluation.leaf(test(comparison, actual), describe(comparison, actual));
        }
        if (condition instanceof Not not) {
            Evaluation inner = explain(not.operand(), user);
            return new Evaluation(!inner.matched(), "not", List.of(inner));
        }
        boolean isAnd = condition instanceof And;
        List<Condition> operands = isAnd ? ((And) condition).operands() : ((Or) condition).operands();
        List<Evaluation> evaluations = new ArrayList<>(operands.size());
        for (Condition operand : operands) {
            evaluations.add(explain(operand, user));
        }
        boolean matched = isAnd
                ? evaluations.stream().allMatch(Evaluation::matched)
                : evaluations.stream().anyMatch(Evaluation::matched);
        return new Evaluation(matched, isAnd ? "all of" : "any of", evaluations);
    }

    /**
     * Evaluates every operand and appends the reason, exactly as {@code explain(condition, user).render()}
     * would read, to {@code out}.
     *
     * @return whether the condition matched
     */
    public static boolean explainInto(Condition condition, DirectoryUser user, StringBuilder out) {
        boolean matched;
        if (condition instanceof Comparison comparison) {
            String actual = comparison.attribute().valueOf(user);
            matched = test(comparison, actual);
            appendDescription(out, comparison, actual);
        } else if (condition instanceof Not not) {
            out.append("not [");
            matched = !explainInto(not.operand(), user, out);
            out.append(']');
        } else {
            boolean isAnd = condition instanceof And;
            List<Condition> operands = isAnd ? ((And) condition).operands() : ((Or) condition).operands();
            out.append(isAnd ? "all of [" : "any of [");
            matched = isAnd;
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append("; ");
                }
                boolean operandMatched = explainInto(operands.get(i), user, out);
                matched = isAnd ? matched && operandMatched : matched || operandMatched;
            }
            out.append(']');
        }
        out.append(": ").append(matched);
        return matched;
    }

    static boolean test(Comparison comparison, String rawActual) {
        String actual = normalise(rawActual == null ? "" : rawActual, comparison);
        return switch (comparison.operator()) {
            case IS_EMPTY -> actual.isEmpty();
            case IS_NOT_EMPTY -> !actual.isEmpty();
            case EQUALS -> actual.equals(expected(comparison));
            case NOT_EQUALS -> !actual.equals(expected(comparison));
            case STARTS_WITH -> actual.startsWith(expected(comparison));
            case ENDS_WITH -> actual.endsWith(expected(comparison));
            case CONTAINS -> actual.contains(expected(comparison));
            case IN -> comparison.values().stream().anyMatch(value -> actual.equals(normalise(value, comparison)));
            case MATCHES -> Regexes.compile(comparison.value(), comparison.caseSensitive())
                    .matcher(comparison.trim() ? rawTrimmed(rawActual) : nullToEmpty(rawActual)).matches();
        };
    }

    private static String expected(Comparison comparison) {
        return normalise(comparison.value(), comparison);
    }

    /** Case folding uses the root locale so results do not depend on the server's language. */
    private static String normalise(String text, Comparison comparison) {
        String trimmed = comparison.trim() ? text.strip() : text;
        return comparison.caseSensitive() ? trimmed : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String rawTrimmed(String raw) {
        return nullToEmpty(raw).strip();
    }

    private static String nullToEmpty(String raw) {
        return raw == null ? "" : raw;
    }

    private static String describe(Comparison comparison, String actual) {
        StringBuilder out = new StringBuilder(64);
        appendDescription(out, comparison, actual);
        return out.toString();
    }

    private static void appendDescription(StringBuilder out, Comparison comparison, String actual) {
        out.append(comparison.attribute().canonicalName()).append(' ');
        if (actual == null || actual.isEmpty()) {
            out.append("(empty)");
        } else {
            out.append('\'').append(actual).append('\'');
        }
        out.append(' ').append(comparison.operator().readable());
        if (comparison.operator() == Operator.IN) {
            out.append(" (");
            for (int i = 0; i < comparison.values().size(); i++) {
                out.append(i > 0 ? ", '" : "'").append(comparison.values().get(i)).append('\'');
            }
            out.append(')');
        } else if (comparison.operator().arity() == Operator.Arity.ONE) {
            out.append(" '").append(comparison.value()).append('\'');
        }
        out.append(mode(comparison));
    }

    private static String mode(Comparison comparison) {
        if (comparison.caseSensitive()) {
            return comparison.trim() ? " (case-sensitive)" : " (case-sensitive, untrimmed)";
        }
        return comparison.trim() ? " (case-insensitive)" : " (case-insensitive, untrimmed)";
    }
}
