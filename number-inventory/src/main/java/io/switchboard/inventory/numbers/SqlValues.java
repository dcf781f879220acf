package io.switchboard.inventory.numbers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/** Conversions for values of native queries, whose Java types depend on the driver. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static long longValue(Object value) {
        return ((Number) value).longValue();
    }

    public static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** Comma-joined ids (range ids never contain commas: they are UUIDs). */
    public static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    public static List<String> split(Object value) {
        return value == null || value.toString().isBlank() ? List.of() : Arrays.asList(value.toString().split(","));
    }
}
