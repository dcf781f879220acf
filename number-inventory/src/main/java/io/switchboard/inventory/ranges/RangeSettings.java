package io.switchboard.inventory.ranges;

import io.switchboard.events.NumberType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What can change on an existing range (its numbers cannot: create another range instead). */
public record RangeSettings(
        @NotBlank String name,
        @NotNull NumberType numberType,
        String provider,
        String locationId,
        List<String> tags,
        @Min(0) @Max(RangeExpander.MAX_QUARANTINE_DAYS) Integer quarantineDays) {

    RangeSpec asSpec() {
        return new RangeSpec(name, numberType, provider, null, null, List.of(), locationId, tags, quarantineDays);
    }
}
