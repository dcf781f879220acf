package io.switchboard.inventory.ranges;

import io.switchboard.events.NumberType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A range as the REST API shows it, with the counts dashboards need. */
public record RangeView(
        String id,
        String name,
        NumberType numberType,
        String provider,
        String countryCode,
        String areaCode,
        String locationId,
        List<String> tags,
        int quarantineDays,
        String firstNumber,
        String lastNumber,
        int size,
        long free,
        long used,
        long quarantined,
        double utilisation,
        Map<String, Long> byState) {

    public static RangeView of(NumberRange range, RangeCounts counts) {
        Map<String, Long> byState = new TreeMap<>();
        counts.byState().forEach((state, count) -> byState.put(state.name(), count));
        return new RangeView(range.id(), range.name(), range.numberType(), range.provider(), range.countryCode(),
                range.areaCode(), range.locationId(), range.tags(), range.quarantineDays(), range.firstNumber(),
                range.lastNumber(), range.size(), counts.free(), counts.used(), counts.quarantined(),
                Math.round(counts.utilisation() * 10_000) / 10_000.0, byState);
    }
}
