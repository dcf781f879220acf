package io.switchboard.events.directory;

import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change of one Entra ID user, as seen by the directory-watcher. One record type carries every
 * {@link UserChangeType}; a round that finds several kinds of change for one user publishes one
 * event per kind, in the enum's order.
 *
 * @param user           the full snapshot after the change (for DELETED: the last known snapshot)
 * @param licences       the telephony view of the user's licences after the change
 * @param changedFields  names of the {@link DirectoryUser} attributes that changed (empty for JOINED)
 * @param previousValues the values those attributes had before (absent keys were {@code null})
 * @param deletion       for DELETED only: soft (restorable) or permanent
 */
public record UserChanged(
        EventMeta meta,
        UserChangeType changeType,
        DirectoryUser user,
        LicenceView licences,
        List<String> changedFields,
        Map<String, String> previousValues,
        DeletionKind deletion) implements SwitchboardEvent {

    public UserChanged {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(licences, "licences");
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
    }

    @Override
    public String subject() {
        return user.id();
    }
}
