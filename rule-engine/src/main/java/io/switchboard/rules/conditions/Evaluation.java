package io.switchboard.rules.conditions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of evaluating a condition for one user, as a tree of readable reasons that mirrors the
 * condition tree: {@code all of [officeLocation 'Park Lane' = 'park lane' (case-insensitive): true;
 * city 'Paris' = 'LONDON' (case-insensitive): false]: false}.
 *
 * @param description what was tested, without the verdict
 * @param children    the operands' evaluations for and / or / not, empty for a comparison
 */
public record Evaluation(boolean matched, String description, List<Evaluation> children) {

    public Evaluation {
        children = List.copyOf(children);
    }

    static Evaluation leaf(boolean matched, String description) {
        return new Evaluation(matched, description, List.of());
    }

    /** The whole tree on one line, each part followed by its verdict. */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out);
        return out.toString();
    }

    private void render(StringBuilder out) {
        out.append(description);
        if (!children.isEmpty()) {
            out.append(" [");
            for (int i = 0; i < children.size(); i++) {
                if (i > 0) {
                    out.append("; ");
                }
                children.get(i).render(out);
            }
            out.append(']');
        }
        out.append(": ").append(matched);
    }

    /** Only the comparisons that came out false, e.g. to say briefly why a rule did not match. */
    public List<Evaluation> failedComparisons() {
        if (children.isEmpty()) {
            return matched ? List.of() : List.of(this);
        }
        return children.stream().flatMap(child -> child.failedComparisons().stream()).collect(Collectors.toList());
    }
}
