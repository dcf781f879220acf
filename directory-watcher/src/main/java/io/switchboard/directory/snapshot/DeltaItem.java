package io.switchboard.directory.snapshot;

import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.events.directory.DeletionKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a {@code /users/delta} page. In a later round Graph sends only the properties that
 * changed, so every part is "present or not": {@code attributes} holds only the properties the item
 * carried (a present key with a null value means the value was cleared), and a null licence list means
 * the item did not carry it.
 *
 * @param removed null for a present user, otherwise the kind of {@code @removed}
 */
public record DeltaItem(String id, DeletionKind removed, Map<String, String> attributes,
                        List<AssignedLicence> assignedLicenses, List<AssignedPlan> assignedPlans) {

    public DeltaItem {
        Objects.requireNonNull(id, "id");
        // Map.copyOf refuses null values, and a cleared attribute is exactly a null value.
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(attributes));
        assignedLicenses = assignedLicenses == null ? null : List.copyOf(assignedLicenses);
        assignedPlans = assignedPlans == null ? null : List.copyOf(assignedPlans);
    }

    public static DeltaItem removed(String id, DeletionKind kind) {
        return new DeltaItem(id, Objects.requireNonNull(kind, "kind"), Map.of(), null, null);
    }

    public boolean isRemoved() {
        return removed != null;
    }

    /**
     * Whether the item carries the whole user (every watched attribute, null or not, and both licence
     * lists), as a first listing or a newly created user does; a changed user's item carries only what changed.
     */
    public boolean complete() {
        return !isRemoved() && attributes.keySet().containsAll(UserFields.NAMES) && assignedLicenses != null && assignedPlans != null;
    }
}
