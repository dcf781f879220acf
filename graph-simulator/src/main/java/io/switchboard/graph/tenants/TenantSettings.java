package io.switchboard.graph.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.config.SimulatorConfig;
import java.time.Duration;
import java.util.Iterator;

/**
 * Behaviour of one tenant that tests and the local stack tune at run time.
 *
 * @param pageSize                default {@code $top} of list endpoints
 * @param deltaPageSize           users per {@code /users/delta} page
 * @param deltaTokenLifetime      how long delta and skip tokens stay valid (Graph: about 7 days)
 * @param deletedRetention        how long a soft-deleted user can be restored before it is purged
 * @param operationDelay          time a number operation takes from accepted to succeeded/failed
 * @param licencePropagationDelay time after licensing before Teams treats a user as voice-enabled
 * @param presenceIdleAfter       an Available session turns AvailableInactive after this
 * @param presenceAwayAfter       ... and Away this much later
 * @param validationTimeout       how long a notification endpoint may take to answer the validation request
 */
public record TenantSettings(int pageSize, int deltaPageSize, Duration deltaTokenLifetime, Duration deletedRetention,
                             Duration operationDelay, Duration licencePropagationDelay, Duration presenceIdleAfter,
                             Duration presenceAwayAfter, Duration validationTimeout) {

    public TenantSettings {
        if (pageSize < 1 || pageSize > 999 || deltaPageSize < 1 || deltaPageSize > 999) {
            throw GraphException.badRequest("pageSize and deltaPageSize must be between 1 and 999.");
        }
    }

    public static TenantSettings from(SimulatorConfig.Defaults d) {
        return new TenantSettings(d.pageSize(), d.deltaPageSize(), d.deltaTokenLifetime(), d.deletedRetention(),
                d.operationDelay(), d.licencePropagationDelay(), d.presenceIdleAfter(), d.presenceAwayAfter(),
                d.validationTimeout());
    }

    /** These settings with the fields present in {@code patch} replaced; unknown fields are refused. */
    public TenantSettings merge(JsonNode patch) {
        if (patch == null || patch.isNull()) {
            return this;
        }
        ObjectNode current = Json.MAPPER.valueToTree(this);
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!current.has(name)) {
                throw GraphException.badRequest("Unknown tenant setting '" + name + "'. Known settings: " + current.properties().stream()
                        .map(java.util.Map.Entry::getKey).toList());
            }
            current.set(name, patch.get(name));
        }
        return Json.convert(current, TenantSettings.class);
    }
}
