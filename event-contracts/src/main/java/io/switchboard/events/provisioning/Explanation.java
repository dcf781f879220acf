package io.switchboard.events.provisioning;

import java.util.List;
import java.util.Objects;

/** Why a decision came out as it did: a one-line summary and every rule that was evaluated. */
public record Explanation(String summary, List<RuleEvaluation> evaluations) {

    public Explanation {
        Objects.requireNonNull(summary, "summary");
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    public static Explanation of(String summary) {
        return new Explanation(summary, List.of());
    }
}
