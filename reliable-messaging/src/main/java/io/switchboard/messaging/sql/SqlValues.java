package io.switchboard.messaging.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Conversions for the values of Hibernate Reactive native queries, whose Java types depend on the
 * driver (a timestamptz may come back as OffsetDateTime, LocalDateTime or Timestamp).
 */
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

    /** The parameter form of an instant for a timestamptz column. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A number column; SQL null reads as 0. */
    public static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A number column; SQL null reads as 0. */
    public static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /** Comma-joined values for a text column; only for values that never contain commas (ids). */
    public static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** The inverse of {@link #joined(List)}. */
    public static List<String> split(Object value) {
        return value == null || value.toString().isBlank() ? List.of() : Arrays.asList(value.toString().split(","));
    }
}
