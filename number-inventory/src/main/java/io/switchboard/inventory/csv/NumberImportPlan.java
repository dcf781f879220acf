package io.switchboard.inventory.csv;

import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a numbers import would change, decided against the numbers as they are (locked) and the
 * numbers the file's users already hold. Only AVAILABLE numbers change; a row that matches the
 * number's state and user already is left alone, so importing an export again changes nothing.
 *
 * @param changes   every number to change, in file order
 * @param unchanged rows that already match the inventory
 */
public record NumberImportPlan(List<Change> changes, int unchanged) {

    public static final String DEFAULT_REASON = "imported from CSV";

    /** One number's change and the line that asked for it. */
    public record Change(long line, InventoryNumber current, InventoryNumber next) {
    }

    /**
     * @param numbers the tenant's numbers named by the file, by E.164
     * @param held    the number each of the file's users holds, by user id
     */
    public static NumberImportPlan of(List<CsvRow<NumberRow>> rows, Map<String, InventoryNumber> numbers,
                                      Map<String, InventoryNumber> held, Instant now, CsvProblems problems) {
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (CsvRow<NumberRow> csvRow : rows) {
            NumberRow row = csvRow.value();
            InventoryNumber current = numbers.get(row.phoneNumber());
            String problem = problem(row, current, held);
            if (problem != null) {
                problems.add(csvRow.line(), problem);
            } else if (current.state() == row.state() && Objects.equals(current.userId(), row.userId())) {
                unchanged++;
            } else if (row.state() == NumberState.QUARANTINED && row.quarantineUntil() == null && current.quarantineDays() == 0) {
                problems.add(csvRow.line(), "the range of " + row.phoneNumber() + " has no quarantine period; give quarantineUntil");
            } else {
                changes.add(new Change(csvRow.line(), current, next(row, current, now)));
            }
        }
        return new NumberImportPlan(List.copyOf(changes), unchanged);
    }

    private static String problem(NumberRow row, InventoryNumber current, Map<String, InventoryNumber> held) {
        if (current == null) {
            return "the tenant has no number " + row.phoneNumber() + "; create or import its range first";
        }
        if (row.rangeId() != null && !row.rangeId().equals(current.rangeId())) {
            return "number " + row.phoneNumber() + " belongs to range " + current.rangeId() + ", not " + row.rangeId();
        }
        if (current.state() == row.state() && Objects.equals(current.userId(), row.userId())) {
            return null;
        }
        if (!NumberCsv.IMPORTABLE.contains(row.state())) {
            return "state " + row.state() + " cannot be imported; use one of " + NumberCsv.IMPORTABLE + " ("
                    + row.state() + " is set only by the inventory itself)";
        }
        if (current.state() != NumberState.AVAILABLE) {
            return "number " + row.phoneNumber() + " is " + current.state()
                    + (current.userId() == null ? "" : " for user " + current.userId())
                    + "; an import changes only AVAILABLE numbers (release, unblock or resolve it first)";
        }
        InventoryNumber other = row.state().held() ? held.get(row.userId()) : null;
        if (other != null) {
            return "user " + row.userId() + " already holds " + other.e164() + " (" + other.state() + "); a user holds one number";
        }
        return null;
    }

    private static InventoryNumber next(NumberRow row, InventoryNumber current, Instant now) {
        String reason = row.reason() == null ? DEFAULT_REASON : row.reason();
        InventoryNumber next = current.to(row.state(), reason);
        if (row.state().withUser()) {
            next = next.withUser(row.userId());
        }
        if (row.state() == NumberState.QUARANTINED) {
            next = next.quarantinedUntil(row.quarantineUntil() != null ? row.quarantineUntil()
                    : now.plus(Duration.ofDays(current.quarantineDays())));
        }
        return next;
    }
}
