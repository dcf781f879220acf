package io.switchboard.directory.snapshot;

import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Compares what the watcher knew about a user with a delta item and says what changed. Plain Java.
 *
 * <ul>
 *   <li>first seen, or back after a deletion (restore) → JOINED only: the event carries the whole user,
 *       so its account state and licences need no extra events;</li>
 *   <li>location attributes changed → MOVED; other attributes → UPDATED (a change of only the calling
 *       plans or SKUs is an UPDATED of the pseudo-field {@code licences});</li>
 *   <li>Teams Phone gained/lost → LICENSED/UNLICENSED; accountEnabled true↔false → DISABLED/ENABLED;</li>
 *   <li>{@code @removed} → DELETED (soft or permanent; a soft-deleted user later purged gets a second,
 *       PERMANENT, DELETED).</li>
 * </ul>
 * Changes come out in {@link UserChangeType} order.
 */
public final class SnapshotDiff {

    /** Resolves licences (assignedLicenses, assignedPlans) into the telephony view. */
    private final BiFunction<List<AssignedLicence>, List<AssignedPlan>, LicenceView> licences;

    public SnapshotDiff(BiFunction<List<AssignedLicence>, List<AssignedPlan>, LicenceView> licences) {
        this.licences = licences;
    }

    /** The new snapshot and the changes; {@code next} is null when the item is about a user never seen and already removed. */
    public record Outcome(UserSnapshot next, List<Change> changes) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    public Outcome apply(UserSnapshot previous, DeltaItem item) {
        if (previous != null && !previous.id().equals(item.id())) {
            throw new IllegalArgumentException("delta item " + item.id() + " compared with the snapshot of " + previous.id());
        }
        if (item.isRemoved()) {
            return removed(previous, item.removed());
        }
        UserSnapshot next = merge(previous, item);
        if (previous == null || previous.deleted()) {
            return new Outcome(next, List.of(Change.of(UserChangeType.JOINED)));
        }
        return new Outcome(next, compare(previous, next));
    }

    /** A user the watcher knows that a full listing no longer contains: gone, restorable as far as we can tell. */
    public Outcome missing(UserSnapshot previous) {
        return removed(previous, DeletionKind.SOFT);
    }

    private Outcome removed(UserSnapshot previous, DeletionKind kind) {
        if (previous == null) {
            return new Outcome(null, List.of());
        }
        boolean escalated = previous.deletion() == DeletionKind.SOFT && kind == DeletionKind.PERMANENT;
        if (previous.deleted() && !escalated) {
            return new Outcome(previous, List.of());
        }
        return new Outcome(previous.withDeletion(kind), List.of(new Change(UserChangeType.DELETED, List.of(), Map.of(), kind)));
    }

    private UserSnapshot merge(UserSnapshot previous, DeltaItem item) {
        Map<String, String> values = previous == null ? new LinkedHashMap<>() : UserFields.toMap(previous.user());
        item.attributes().forEach((name, value) -> {
            if (UserFields.NAMES.contains(name)) {
                values.put(name, value);
            }
        });
        List<AssignedLicence> assigned = item.assignedLicenses() != null ? item.assignedLicenses()
                : previous == null ? List.of() : previous.assignedLicenses();
        List<AssignedPlan> plans = item.assignedPlans() != null ? item.assignedPlans()
                : previous == null ? List.of() : previous.assignedPlans();
        return new UserSnapshot(UserFields.fromMap(item.id(), values), assigned, plans, licences.apply(assigned, plans), null);
    }

    private static List<Change> compare(UserSnapshot previous, UserSnapshot next) {
        Map<String, String> before = UserFields.toMap(previous.user());
        Map<String, String> after = UserFields.toMap(next.user());
        Map<String, String> updated = new LinkedHashMap<>();
        Map<String, String> moved = new LinkedHashMap<>();
        for (String name : UserFields.NAMES) {
            if (!"accountEnabled".equals(name) && !Objects.equals(before.get(name), after.get(name))) {
                (UserFields.LOCATION.contains(name) ? moved : updated).put(name, before.get(name));
            }
        }
        List<Change> changes = new ArrayList<>();
        LicenceView was = previous.licences();
        LicenceView is = next.licences();
        if (was.teamsPhone() == is.teamsPhone() && !was.equals(is)) {
            updated.put(UserFields.LICENCES, describe(was));
        }
        if (!updated.isEmpty()) {
            changes.add(new Change(UserChangeType.UPDATED, List.copyOf(updated.keySet()), updated, null));
        }
        if (!moved.isEmpty()) {
            changes.add(new Change(UserChangeType.MOVED, List.copyOf(moved.keySet()), moved, null));
        }
        if (!was.teamsPhone() && is.teamsPhone()) {
            changes.add(licenceChange(UserChangeType.LICENSED, was));
        } else if (was.teamsPhone() && !is.teamsPhone()) {
            changes.add(licenceChange(UserChangeType.UNLICENSED, was));
        }
        Boolean enabledBefore = previous.user().accountEnabled();
        Boolean enabledAfter = next.user().accountEnabled();
        if (Boolean.TRUE.equals(enabledBefore) && Boolean.FALSE.equals(enabledAfter)) {
            changes.add(new Change(UserChangeType.DISABLED, List.of("accountEnabled"), Map.of("accountEnabled", "true"), null));
        } else if (Boolean.FALSE.equals(enabledBefore) && Boolean.TRUE.equals(enabledAfter)) {
            changes.add(new Change(UserChangeType.ENABLED, List.of("accountEnabled"), Map.of("accountEnabled", "false"), null));
        }
        changes.sort(Comparator.comparing(Change::type));
        return changes;
    }

    private static Change licenceChange(UserChangeType type, LicenceView was) {
        return new Change(type, List.of(UserFields.LICENCES), Map.of(UserFields.LICENCES, describe(was)), null);
    }

    /** The previous licence view in a compact, readable form for {@code previousValues}. */
    static String describe(LicenceView view) {
        return "teamsPhone=" + view.teamsPhone() + ";callingPlans=" + String.join(",", view.callingPlanPlans())
                + ";skus=" + String.join(",", view.skuPartNumbers());
    }
}
