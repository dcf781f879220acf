package io.switchboard.inventory.publishing;

import io.switchboard.events.NumberType;
import io.switchboard.inventory.ranges.NumberRange;
import io.switchboard.inventory.ranges.RangeCounts;
import java.util.List;

/** What {@code RangeUpdated} tells about a range; equal snapshots are not published twice. */
record RangeSnapshot(String name, NumberType numberType, String provider, String countryCode, String areaCode,
                     String locationId, List<String> tags, long size, long freeCount, boolean active) {

    static RangeSnapshot of(NumberRange range, RangeCounts counts, boolean active) {
        return new RangeSnapshot(range.name(), range.numberType(), range.provider(), range.countryCode(), range.areaCode(),
                range.locationId(), List.copyOf(range.tags()), range.size(), counts.free(), active);
    }
}
