package io.switchboard.rules.conditions;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints: the candidate with the smallest Damerau-Levenshtein distance (optimal
 * string alignment, so a swapped pair of letters costs one edit), ignoring case. A candidate is only
 * offered when it is close enough to be a plausible typo rather than a different word.
 */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String needle = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= tolerance(needle.length()) ? Optional.of(best) : Optional.empty();
    }

    /** One edit for short words, up to three for long ones: "ofice" → office, but "x" → nothing. */
    static int tolerance(int length) {
        if (length <= 2) {
            return 0;
        }
        return Math.min(3, Math.max(1, length / 3));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
