package io.switchboard.directory.publishing;

import io.smallrye.mutiny.Uni;
import io.switchboard.directory.snapshot.Change;
import io.switchboard.directory.snapshot.UserSnapshot;
import io.switchboard.events.EventMeta;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Turns the changes of one user into {@code UserChanged} events and writes them to the outbox in the
 * caller's transaction (the one that also stores the snapshot and advances the sync cursor). Each event
 * starts a saga of its own: the directory, not another event, caused it.
 */
@ApplicationScoped
public class UserChangePublisher {

    private final Outbox outbox;

    public UserChangePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(Mutiny.Session session, String tenantId, UserSnapshot snapshot, List<Change> changes) {
        return outbox.appendAll(session, events(tenantId, snapshot, changes));
    }

    public void committed() {
        outbox.committed();
    }

    static List<UserChanged> events(String tenantId, UserSnapshot snapshot, List<Change> changes) {
        return changes.stream().map(change -> new UserChanged(EventMeta.origin(tenantId), change.type(), snapshot.user(),
                snapshot.licences(), change.changedFields(), withoutNulls(change.previousValues()), change.deletion())).toList();
    }

    /** The event's previousValues leaves out attributes that were empty ("absent keys were null"). */
    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
