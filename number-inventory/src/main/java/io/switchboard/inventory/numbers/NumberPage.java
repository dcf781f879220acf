package io.switchboard.inventory.numbers;

import java.util.List;

/** One page of numbers, with the total so a dashboard can page through all of them. */
public record NumberPage(List<NumberView> items, int page, int size, long total) {
}
