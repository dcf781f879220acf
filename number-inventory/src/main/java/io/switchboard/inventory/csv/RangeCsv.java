package io.switchboard.inventory.csv;

import io.switchboard.events.NumberType;
import io.switchboard.inventory.ranges.ExpandedRange;
import io.switchboard.inventory.ranges.RangeExpander;
import io.switchboard.inventory.ranges.RangeSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of ranges. Lists inside a cell (numbers, tags) are separated by {@code ;}. Reading
 * checks every row, and that no two rows share a number, without touching the database.
 */
public final class RangeCsv {

    public static final List<String> HEADER = List.of("name", "numberType", "provider", "firstNumber", "lastNumber",
            "numbers", "locationId", "tags", "quarantineDays");

    private RangeCsv() {
    }

    /** The valid rows, or (in {@code problems}) every reason a row is not. */
    public static List<CsvRow<ExpandedRange>> read(Reader csv, CsvProblems problems) {
        List<CsvRow<ExpandedRange>> rows = new ArrayList<>();
        Map<String, Long> lineOfNumber = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(csv)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (line == 1) {
                    checkHeader(record, problems);
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    problems.add(line, "expected " + HEADER.size() + " columns " + HEADER + " but found " + record.size());
                    continue;
                }
                RangeSpec spec = spec(record, line, problems);
                if (spec == null) {
                    continue;
                }
                RangeExpander.Result result = RangeExpander.expand(spec);
                result.problems().forEach(p -> problems.add(line, p));
                if (result.valid()) {
                    overlaps(result.range(), line, lineOfNumber, problems);
                    rows.add(new CsvRow<>(line, result.range()));
                }
            }
        } catch (IOException | IllegalStateException e) {
            problems.add(0, "the file is not readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(1, "the file has no ranges");
        }
        return rows;
    }

    public static void write(Appendable out, List<String[]> rows) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(HEADER);
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(CSVRecord record, CsvProblems problems) {
        if (!record.toList().equals(HEADER)) {
            problems.add(1, "the header must be " + String.join(",", HEADER));
        }
    }

    private static RangeSpec spec(CSVRecord r, long line, CsvProblems problems) {
        NumberType type = null;
        Integer quarantine = null;
        boolean ok = true;
        try {
            type = r.get(1).isEmpty() ? null : NumberType.valueOf(r.get(1));
        } catch (IllegalArgumentException e) {
            problems.add(line, "numberType '" + r.get(1) + "' is not one of " + Arrays.toString(NumberType.values()));
            ok = false;
        }
        try {
            quarantine = r.get(8).isEmpty() ? null : Integer.valueOf(r.get(8));
        } catch (NumberFormatException e) {
            problems.add(line, "quarantineDays '" + r.get(8) + "' is not a whole number");
            ok = false;
        }
        return ok ? new RangeSpec(r.get(0), type, blankToNull(r.get(2)), blankToNull(r.get(3)), blankToNull(r.get(4)),
                list(r.get(5)), blankToNull(r.get(6)), list(r.get(7)), quarantine) : null;
    }

    private static void overlaps(ExpandedRange range, long line, Map<String, Long> lineOfNumber, CsvProblems problems) {
        for (String number : range.numbers()) {
            Long earlier = lineOfNumber.putIfAbsent(number, line);
            if (earlier != null && earlier != line) {
                problems.add(line, "number " + number + " is also in the range on line " + earlier);
                return;
            }
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("[;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
