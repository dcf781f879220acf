package io.switchboard.inventory.ranges;

import java.util.List;

/** A validated range: its numbers in ascending order and what they tell about the range. */
public record ExpandedRange(RangeSpec spec, List<String> numbers, String countryCode, String areaCode) {

    public ExpandedRange {
        numbers = List.copyOf(numbers);
    }

    public String first() {
        return numbers.get(0);
    }

    public String last() {
        return numbers.get(numbers.size() - 1);
    }
}
