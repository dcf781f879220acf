package io.switchboard.directory.snapshot;

import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.UserChangeType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of change found for a user in a round, before it becomes a {@code UserChanged} event.
 *
 * @param previousValues the old values of {@code changedFields} (null values allowed: the attribute was empty)
 */
public record Change(UserChangeType type, List<String> changedFields, Map<String, String> previousValues, DeletionKind deletion) {

    public Change {
        changedFields = List.copyOf(changedFields);
        previousValues = Collections.unmodifiableMap(new HashMap<>(previousValues));
    }

    public static Change of(UserChangeType type) {
        return new Change(type, List.of(), Map.of(), null);
    }
}
