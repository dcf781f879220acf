package io.switchboard.rules.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dry run: either a user the engine has seen ({@code userId}) or a set of attributes ({@code user},
 * e.g. {"city": "London", "office": "Park Lane"}; names as in rules, aliases accepted).
 *
 * @param licences   for {@code user}: the licence view (default: Teams Phone without a Calling Plan)
 * @param changeType the change to decide for (default JOINED)
 * @param hasNumber  whether the user holds a number (default: what the engine knows for {@code userId}, else false)
 */
public record EvaluateRequest(
        String userId,
        @Schema(implementation = Object.class, description = "user attributes by name, e.g. {\"city\": \"London\"}") JsonNode user,
        LicenceView licences,
        UserChangeType changeType,
        Boolean hasNumber) {
}
