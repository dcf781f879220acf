package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.users.DirectoryUser.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * A tenant's users. Reads are lock-free over immutable records; writes are serialised per tenant so that
 * every change gets its own directory version, which is what delta tokens point at.
 */
public final class UserDirectory {

    private final ConcurrentSkipListMap<Long, DirectoryUser> bySeq = new ConcurrentSkipListMap<>();
    private final Map<String, Long> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> byUpn = new ConcurrentHashMap<>();
    private long nextSeq = 1;
    private volatile long version;

    /** The current directory version; a delta round started now covers changes up to it. */
    public long version() {
        return version;
    }

    public NavigableMap<Long, DirectoryUser> entries() {
        return bySeq;
    }

    public Stream<DirectoryUser> active() {
        return bySeq.values().stream().filter(DirectoryUser::active);
    }

    public Stream<DirectoryUser> softDeleted() {
        return bySeq.values().stream().filter(u -> u.state() == State.SOFT_DELETED);
    }

    public int activeCount() {
        return (int) active().count();
    }

    /** An active user by object id or userPrincipalName. */
    public Optional<DirectoryUser> findActive(String idOrUpn) {
        return find(idOrUpn).filter(DirectoryUser::active);
    }

    public Optional<DirectoryUser> findDeleted(String id) {
        return find(id).filter(u -> u.state() == State.SOFT_DELETED);
    }

    public DirectoryUser requireActive(String idOrUpn) {
        return findActive(idOrUpn).orElseThrow(() -> GraphException.userNotFound(idOrUpn));
    }

    private Optional<DirectoryUser> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Long seq = byId.get(key.toLowerCase(Locale.ROOT));
        if (seq == null) {
            seq = byUpn.get(key.toLowerCase(Locale.ROOT));
        }
        return seq == null ? Optional.empty() : Optional.ofNullable(bySeq.get(seq));
    }

    /** Adds a user; {@code properties} must hold a userPrincipalName, an id is generated when missing. */
    public synchronized DirectoryUser create(ObjectNode properties, String password) {
        String upn = properties.path("userPrincipalName").asText("");
        if (byUpn.containsKey(upn.toLowerCase(Locale.ROOT))) {
            throw GraphException.directoryBadRequest("Another object with the same value for property userPrincipalName already exists.");
        }
        ObjectNode props = properties.deepCopy();
        String id = props.hasNonNull("id") ? props.get("id").asText() : UUID.randomUUID().toString();
        if (byId.containsKey(id.toLowerCase(Locale.ROOT))) {
            throw GraphException.directoryBadRequest("Another object with the same value for property id already exists.");
        }
        props.put("id", id);
        long v = ++version;
        Map<String, Long> versions = new HashMap<>();
        props.fieldNames().forEachRemaining(name -> versions.put(name, v));
        DirectoryUser user = new DirectoryUser(nextSeq++, id, props, Map.copyOf(versions), State.ACTIVE, v, null, password);
        store(user);
        return user;
    }

    /**
     * Applies changed properties; only values that really differ get a new version, so a later delta
     * round reports exactly those. Returns the user unchanged when nothing differed.
     */
    public synchronized DirectoryUser update(String idOrUpn, ObjectNode changes) {
        DirectoryUser current = requireActive(idOrUpn);
        ObjectNode props = current.properties().deepCopy();
        Map<String, Long> versions = new HashMap<>(current.versions());
        long v = version + 1;
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> change = it.next();
            if (!Objects.equals(props.get(change.getKey()), change.getValue())) {
                props.set(change.getKey(), change.getValue());
                versions.put(change.getKey(), v);
                changed = true;
            }
        }
        String newUpn = props.path("userPrincipalName").asText("");
        if (!newUpn.equalsIgnoreCase(current.userPrincipalName())) {
            Long holder = byUpn.get(newUpn.toLowerCase(Locale.ROOT));
            if (holder != null && holder != current.seq()) {
                throw GraphException.directoryBadRequest("Another object with the same value for property userPrincipalName already exists.");
            }
            byUpn.remove(current.userPrincipalName().toLowerCase(Locale.ROOT));
        }
        if (!changed) {
            return current;
        }
        version = v;
        DirectoryUser updated = new DirectoryUser(current.seq(), current.id(), props, Map.copyOf(versions), State.ACTIVE,
                current.stateVersion(), null, current.password());
        store(updated);
        return updated;
    }

    public synchronized DirectoryUser softDelete(String idOrUpn, Instant now) {
        DirectoryUser current = requireActive(idOrUpn);
        return transition(current, State.SOFT_DELETED, now);
    }

    /** Back from the recycle bin with all its properties, which delta then reports in full. */
    public synchronized DirectoryUser restore(String id) {
        DirectoryUser deleted = findDeleted(id).orElseThrow(() -> GraphException.userNotFound(id));
        long v = ++version;
        Map<String, Long> versions = new HashMap<>();
        deleted.properties().fieldNames().forEachRemaining(name -> versions.put(name, v));
        DirectoryUser restored = new DirectoryUser(deleted.seq(), deleted.id(), deleted.properties(), Map.copyOf(versions),
                State.ACTIVE, v, null, deleted.password());
        store(restored);
        return restored;
    }

    public synchronized DirectoryUser purge(String id, Instant now) {
        DirectoryUser deleted = findDeleted(id).orElseThrow(() -> GraphException.userNotFound(id));
        DirectoryUser purged = transition(deleted, State.PURGED, now);
        byUpn.remove(purged.userPrincipalName().toLowerCase(Locale.ROOT));
        return purged;
    }

    /** Purges users that stayed soft-deleted past the retention; returns them. */
    public synchronized List<DirectoryUser> purgeDeletedBefore(Instant cutoff, Instant now) {
        List<DirectoryUser> purged = new ArrayList<>();
        softDeleted().filter(u -> u.deletedAt().isBefore(cutoff)).toList().forEach(u -> purged.add(purge(u.id(), now)));
        return purged;
    }

    /** Forgets tombstones older than any valid delta token could still need. */
    public synchronized void dropTombstonesBefore(Instant cutoff) {
        bySeq.values().removeIf(u -> {
            boolean drop = u.state() == State.PURGED && u.deletedAt().isBefore(cutoff);
            if (drop) {
                byId.remove(u.id().toLowerCase(Locale.ROOT));
            }
            return drop;
        });
    }

    private DirectoryUser transition(DirectoryUser current, State state, Instant now) {
        long v = ++version;
        DirectoryUser next = new DirectoryUser(current.seq(), current.id(), current.properties(), current.versions(), state, v, now,
                current.password());
        store(next);
        return next;
    }

    private void store(DirectoryUser user) {
        bySeq.put(user.seq(), user);
        byId.put(user.id().toLowerCase(Locale.ROOT), user.seq());
        if (user.state() != State.PURGED && user.userPrincipalName() != null) {
            byUpn.put(user.userPrincipalName().toLowerCase(Locale.ROOT), user.seq());
        }
    }
}
