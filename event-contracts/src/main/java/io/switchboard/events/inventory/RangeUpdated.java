package io.switchboard.events.inventory;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.List;
import java.util.Objects;

/**
 * The current state of one number range, published on the compacted {@code inventory.ranges}
 * topic whenever the range or its free count changes (debounced). The latest record per key is
 * the range's state; a deleted range is published once with {@code active=false} and then as a
 * tombstone.
 *
 * @param countryCode ISO 3166 alpha-2 region of the numbers, e.g. {@code GB}
 * @param areaCode    national destination code derived from the first number, e.g. {@code 20}
 * @param locationId  Teams emergency location id to assign with the number, if any
 */
public record RangeUpdated(
        EventMeta meta,
        String rangeId,
        String name,
        NumberType numberType,
        String provider,
        String countryCode,
        String areaCode,
        String locationId,
        List<String> tags,
        long size,
        long freeCount,
        boolean active) implements SwitchboardEvent {

    public RangeUpdated {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(rangeId, "rangeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(numberType, "numberType");
        Objects.requireNonNull(countryCode, "countryCode");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String subject() {
        return rangeId;
    }
}
