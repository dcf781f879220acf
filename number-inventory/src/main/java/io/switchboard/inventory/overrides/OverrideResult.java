package io.switchboard.inventory.overrides;

import io.switchboard.inventory.numbers.NumberView;

/** What an override did: the number now reserved for the user, and the one being released, if any. */
public record OverrideResult(NumberView reserved, NumberView releasing) {
}
