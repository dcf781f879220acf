package io.switchboard.inventory.ranges;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@link RangeSpec} and lists its numbers. Every problem is reported, not only the first,
 * so an admin (or a CSV import) can fix all of them at once.
 */
public final class RangeExpander {

    /** Largest range the inventory accepts; every number becomes a row. */
    public static final int MAX_SIZE = 100_000;
    public static final int MAX_QUARANTINE_DAYS = 365;

    private RangeExpander() {
    }

    /** The expanded range, or the list of problems. */
    public static Result expand(RangeSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec.name() == null || spec.name().isBlank()) {
            problems.add("name is required");
        }
        if (spec.numberType() == null) {
            problems.add("numberType is required (CALLING_PLAN, DIRECT_ROUTING or OPERATOR_CONNECT)");
        }
        if (spec.quarantineDaysOrZero() < 0 || spec.quarantineDaysOrZero() > MAX_QUARANTINE_DAYS) {
            problems.add("quarantineDays must be between 0 and " + MAX_QUARANTINE_DAYS);
        }
        spec.tags().stream().filter(t -> t.contains(",")).forEach(t -> problems.add("tag '" + t + "' must not contain a comma"));
        List<String> numbers = numbers(spec, problems);
        if (!numbers.isEmpty() && problems.isEmpty()) {
            Set<String> regions = new TreeSet<>();
            numbers.stream().limit(1).forEach(n -> regions.add(String.valueOf(PhoneNumbers.region(n))));
            regions.add(String.valueOf(PhoneNumbers.region(numbers.get(numbers.size() - 1))));
            if (!spec.numbers().isEmpty()) {
                numbers.forEach(n -> regions.add(String.valueOf(PhoneNumbers.region(n))));
            }
            if (regions.size() > 1) {
                problems.add("all numbers of a range must belong to one country, found " + regions);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        String first = numbers.get(0);
        return new Result(new ExpandedRange(spec, numbers, PhoneNumbers.region(first), PhoneNumbers.areaCode(first)), List.of());
    }

    private static List<String> numbers(RangeSpec spec, List<String> problems) {
        boolean bounds = spec.firstNumber() != null || spec.lastNumber() != null;
        if (bounds && !spec.numbers().isEmpty()) {
            problems.add("give either firstNumber/lastNumber or numbers, not both");
            return List.of();
        }
        if (bounds) {
            return bounded(spec.firstNumber(), spec.lastNumber(), problems);
        }
        if (spec.numbers().isEmpty()) {
            problems.add("give firstNumber and lastNumber, or a list of numbers");
            return List.of();
        }
        return listed(spec.numbers(), problems);
    }

    private static List<String> bounded(String first, String last, List<String> problems) {
        String firstProblem = PhoneNumbers.problem(first);
        String lastProblem = PhoneNumbers.problem(last);
        if (firstProblem != null) {
            problems.add("firstNumber: " + firstProblem);
        }
        if (lastProblem != null) {
            problems.add("lastNumber: " + lastProblem);
        }
        if (firstProblem != null || lastProblem != null) {
            return List.of();
        }
        if (first.length() != last.length()) {
            problems.add("firstNumber " + first + " and lastNumber " + last + " must have the same number of digits");
            return List.of();
        }
        long from = Long.parseLong(first.substring(1));
        long to = Long.parseLong(last.substring(1));
        if (to < from) {
            problems.add("lastNumber " + last + " is below firstNumber " + first);
            return List.of();
        }
        if (to - from + 1 > MAX_SIZE) {
            problems.add("the range holds " + (to - from + 1) + " numbers; at most " + MAX_SIZE + " are allowed, split it");
            return List.of();
        }
        // Only the bounds go through libphonenumber: the numbers between them share their length and prefix.
        List<String> numbers = new ArrayList<>((int) (to - from + 1));
        for (long n = from; n <= to; n++) {
            numbers.add("+" + n);
        }
        return numbers;
    }

    private static List<String> listed(List<String> listed, List<String> problems) {
        if (listed.size() > MAX_SIZE) {
            problems.add("the list holds " + listed.size() + " numbers; at most " + MAX_SIZE + " are allowed");
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String number : listed) {
            String problem = PhoneNumbers.problem(number);
            if (problem != null) {
                problems.add(problem);
            } else if (!seen.add(number)) {
                problems.add(number + " is listed twice");
            }
        }
        return problems.isEmpty() ? new ArrayList<>(new TreeSet<>(listed)) : List.of();
    }

    /** Either {@code range} or a non-empty list of {@code problems}. */
    public record Result(ExpandedRange range, List<String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }
}
