package io.switchboard.rules.json;

import java.util.List;
import java.util.stream.Collectors;

/** A JSON condition with one or more problems; every problem carries the pointer to where it is. */
public class ConditionValidationException extends IllegalArgumentException {

    private final List<ValidationError> errors;

    public ConditionValidationException(List<ValidationError> errors) {
        super(errors.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
