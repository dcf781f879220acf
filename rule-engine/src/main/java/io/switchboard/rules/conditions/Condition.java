package io.switchboard.rules.conditions;

/**
 * A rule's condition: a tree of {@link And}, {@link Or} and {@link Not} over {@link Comparison}s.
 * Trees are immutable values; two trees are equal when they have the same shape, so the JSON form
 * and the readable syntax both round-trip to an equal tree.
 */
public sealed interface Condition permits And, Or, Not, Comparison {
}
