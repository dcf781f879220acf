package io.switchboard.rules.decisions;

import io.switchboard.events.NumberType;
import io.switchboard.events.inventory.RangeUpdated;
import java.util.Objects;

/**
 * What the rule-engine knows of a number range, from the latest {@code inventory.ranges} record.
 * The free count may lag behind the inventory; it only orders candidates, the inventory decides.
 */
public record RangeInfo(String rangeId, String name, NumberType numberType, long size, long freeCount, boolean active) {

    public RangeInfo {
        Objects.requireNonNull(rangeId, "rangeId");
        Objects.requireNonNull(numberType, "numberType");
        name = name == null || name.isBlank() ? rangeId : name;
    }

    public static RangeInfo from(RangeUpdated update) {
        return new RangeInfo(update.rangeId(), update.name(), update.numberType(), update.size(), update.freeCount(),
                update.active());
    }
}
