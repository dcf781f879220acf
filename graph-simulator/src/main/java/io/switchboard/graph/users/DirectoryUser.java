package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * One user object of the directory, immutable: every change produces a new record.
 *
 * @param seq          creation order; delta and list pages are walked in this order
 * @param id           object id
 * @param properties   Graph properties (never mutated after construction)
 * @param versions     per property, the directory version of its last change (for delta's "changed properties only")
 * @param state        active, soft-deleted or purged (a tombstone kept for delta)
 * @param stateVersion directory version of the last state change
 * @param deletedAt    when it was soft-deleted or purged
 * @param password     password from passwordProfile, for the resource-owner password grant
 */
public record DirectoryUser(long seq, String id, ObjectNode properties, Map<String, Long> versions, State state,
                            long stateVersion, Instant deletedAt, String password) {

    public enum State { ACTIVE, SOFT_DELETED, PURGED }

    public String userPrincipalName() {
        return properties.path("userPrincipalName").asText(null);
    }

    public String displayName() {
        return properties.path("displayName").asText(null);
    }

    public boolean accountEnabled() {
        return properties.path("accountEnabled").asBoolean(false);
    }

    public boolean active() {
        return state == State.ACTIVE;
    }

    public JsonNode property(String name) {
        return properties.get(name);
    }

    /** Highest version of any property or of the state: "did anything change since v". */
    public long lastVersion() {
        long max = stateVersion;
        for (long v : versions.values()) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The value as a plain Java object, for $filter evaluation. */
    public Object filterValue(String name) {
        JsonNode node = properties.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isBoolean() ? (Object) node.asBoolean() : node.isNumber() ? (Object) node.asLong() : node.asText();
    }
}
