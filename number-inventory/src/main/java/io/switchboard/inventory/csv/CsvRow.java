package io.switchboard.inventory.csv;

/** A parsed CSV row with the line it came from (line 1 is the header). */
public record CsvRow<T>(long line, T value) {
}
