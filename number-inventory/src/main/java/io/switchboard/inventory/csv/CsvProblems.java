package io.switchboard.inventory.csv;

import io.switchboard.rest.problems.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every bad row of an import, so one answer lists all of them. */
public final class CsvProblems {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(long line, String message) {
        errors.add(new Problem.FieldError("line " + line, message));
    }

    public int size() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> sorted() {
        return errors.stream().sorted(Comparator.comparingLong(e -> Long.parseLong(e.pointer().substring(5)))).toList();
    }
}
