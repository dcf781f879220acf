package io.switchboard.inventory.csv;

import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.ranges.PhoneNumbers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of individual numbers. The export writes every column of {@link #HEADER}; an import
 * reads columns by name, needs {@code phoneNumber} and {@code state}, and ignores the informational
 * {@code range} and {@code updatedAt}, so an export can be edited and imported again. Reading
 * checks each row on its own and that no number or holding user appears twice, without the database.
 */
public final class NumberCsv {

    public static final List<String> HEADER = List.of("phoneNumber", "rangeId", "range", "state", "userId",
            "quarantineUntil", "reason", "updatedAt");

    /**
     * The states an admin may declare. RESERVED and RELEASING are steps of a running assignment and
     * CONFLICT is for the inventory to find out; none of them can be taken over from another system
     * (a row may still name one if the number is in it already, as in an export).
     */
    public static final Set<NumberState> IMPORTABLE = EnumSet.of(NumberState.AVAILABLE, NumberState.ASSIGNED,
            NumberState.RETAINED, NumberState.BLOCKED, NumberState.QUARANTINED);

    private NumberCsv() {
    }

    /** The valid rows, or (in {@code problems}) every reason a row is not. */
    public static List<CsvRow<NumberRow>> read(Reader csv, Instant now, CsvProblems problems) {
        List<CsvRow<NumberRow>> rows = new ArrayList<>();
        Map<String, Long> lineOfNumber = new HashMap<>();
        Map<String, Long> lineOfUser = new HashMap<>();
        Map<String, Integer> columns = Map.of();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(csv)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (line == 1) {
                    columns = columns(record, problems);
                    if (columns == null) {
                        return List.of();
                    }
                    continue;
                }
                if (record.size() != columns.size()) {
                    problems.add(line, "expected " + columns.size() + " columns as in the header but found " + record.size());
                    continue;
                }
                NumberRow row = row(new Cells(record, columns), line, now, problems);
                if (row != null && unique(row, line, lineOfNumber, lineOfUser, problems)) {
                    rows.add(new CsvRow<>(line, row));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(0, "the file is not readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(1, "the file has no numbers");
        }
        return rows;
    }

    public static void write(Appendable out, List<Object[]> rows) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(HEADER);
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column name → index, or {@code null} (and a problem) when the header is not usable. */
    private static Map<String, Integer> columns(CSVRecord header, CsvProblems problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!HEADER.contains(name) || columns.putIfAbsent(name, i) != null) {
                problems.add(1, "column '" + name + "' is unknown or repeated; the columns are " + String.join(",", HEADER));
                return null;
            }
        }
        if (!columns.containsKey("phoneNumber") || !columns.containsKey("state")) {
            problems.add(1, "the header needs at least the columns phoneNumber and state; all columns are " + String.join(",", HEADER));
            return null;
        }
        return columns;
    }

    private static NumberRow row(Cells cells, long line, Instant now, CsvProblems problems) {
        int before = problems.size();
        String number = cells.get("phoneNumber");
        String numberProblem = PhoneNumbers.problem(number);
        if (numberProblem != null) {
            problems.add(line, numberProblem);
        }
        NumberState state = state(cells.get("state"), line, problems);
        String user = cells.get("userId");
        if (state != null && state.withUser() && user == null) {
            problems.add(line, state + " needs the userId of the user who holds the number");
        }
        if (state != null && !state.withUser() && user != null) {
            problems.add(line, "a " + state + " number belongs to nobody; leave userId empty");
        }
        Instant until = until(cells.get("quarantineUntil"), line, now, problems);
        if (until != null && state != NumberState.QUARANTINED) {
            problems.add(line, "quarantineUntil is only for QUARANTINED numbers");
        }
        return problems.size() > before ? null
                : new NumberRow(number, cells.get("rangeId"), state, user, until, cells.get("reason"));
    }

    private static NumberState state(String cell, long line, CsvProblems problems) {
        NumberState state;
        try {
            state = cell == null ? null : NumberState.valueOf(cell);
        } catch (IllegalArgumentException e) {
            state = null;
        }
        if (state == null) {
            problems.add(line, "state '" + (cell == null ? "" : cell) + "' is not a number state; import one of " + IMPORTABLE);
        }
        // any other state passes here: a row may repeat the state a number is in (an unedited line of an export)
        return state;
    }

    /** An ISO instant ({@code 2027-01-31T12:00:00Z}) or date ({@code 2027-01-31}, midnight UTC), in the future. */
    private static Instant until(String cell, long line, Instant now, CsvProblems problems) {
        if (cell == null) {
            return null;
        }
        Instant until;
        try {
            until = cell.contains("T") ? Instant.parse(cell) : LocalDate.parse(cell).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(line, "quarantineUntil '" + cell + "' is neither a date (2027-01-31) nor an instant (2027-01-31T12:00:00Z)");
            return null;
        }
        if (!until.isAfter(now)) {
            problems.add(line, "quarantineUntil " + cell + " has passed; import the number as AVAILABLE instead");
            return null;
        }
        return until;
    }

    private static boolean unique(NumberRow row, long line, Map<String, Long> lineOfNumber, Map<String, Long> lineOfUser,
                                  CsvProblems problems) {
        Long earlier = lineOfNumber.putIfAbsent(row.phoneNumber(), line);
        if (earlier != null) {
            problems.add(line, "number " + row.phoneNumber() + " is also on line " + earlier);
            return false;
        }
        if (row.state().held()) {
            Long other = lineOfUser.putIfAbsent(row.userId(), line);
            if (other != null) {
                problems.add(line, "user " + row.userId() + " is also given a number on line " + other + "; a user holds one number");
                return false;
            }
        }
        return true;
    }

    /** The cells of one record by column name; an empty or absent cell is {@code null}. */
    private record Cells(CSVRecord record, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            String value = index == null ? null : record.get(index);
            return value == null || value.isBlank() ? null : value;
        }
    }
}
