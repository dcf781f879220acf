package io.switchboard.graph.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.util.List;

/** Renders users as Graph does: selected properties, absent ones as null. */
public final class UserViews {

    private UserViews() {
    }

    public static ObjectNode render(DirectoryUser user, List<String> select) {
        ObjectNode out = Json.object();
        for (String name : select) {
            JsonNode value = user.properties().get(name);
            if ("deletedDateTime".equals(name)) {
                value = user.deletedAt() == null ? NullNode.instance : Json.object().textNode(Json.timestamp(user.deletedAt()));
            }
            out.set(name, value == null ? defaultFor(name) : value);
        }
        return out;
    }

    /** Collections are empty rather than null in Graph's answers. */
    private static JsonNode defaultFor(String name) {
        return switch (name) {
            case "businessPhones", "assignedLicenses", "assignedPlans" -> Json.array();
            default -> NullNode.instance;
        };
    }
}
