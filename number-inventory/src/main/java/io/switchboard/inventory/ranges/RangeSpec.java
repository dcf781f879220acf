package io.switchboard.inventory.ranges;

import io.switchboard.events.NumberType;
import java.util.List;

/**
 * A range as an admin describes it: either {@code firstNumber}..{@code lastNumber} or an explicit
 * list of {@code numbers}. The REST body and each CSV row both become one.
 */
public record RangeSpec(
        String name,
        NumberType numberType,
        String provider,
        String firstNumber,
        String lastNumber,
        List<String> numbers,
        String locationId,
        List<String> tags,
        Integer quarantineDays) {

    public RangeSpec {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        tags = tags == null ? List.of() : tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    public int quarantineDaysOrZero() {
        return quarantineDays == null ? 0 : quarantineDays;
    }
}
