package io.switchboard.directory.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.directory.snapshot.DeltaItem;
import io.switchboard.directory.snapshot.UserFields;
import io.switchboard.events.directory.DeletionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code /users/delta} answer into a {@link DeltaPage}, keeping "absent" apart from "null". */
public final class DeltaPageParser {

    /** The properties the watcher asks for: the rule attributes, account state and licences. */
    public static final String SELECT = "id," + String.join(",", UserFields.NAMES) + ",assignedLicenses,assignedPlans";

    private DeltaPageParser() {
    }

    public static DeltaPage parse(JsonNode body) {
        List<DeltaItem> items = new ArrayList<>();
        for (JsonNode value : body.path("value")) {
            items.add(item(value));
        }
        return new DeltaPage(items, text(body, "@odata.nextLink"), text(body, "@odata.deltaLink"));
    }

    static DeltaItem item(JsonNode value) {
        String id = value.path("id").asText(null);
        if (id == null) {
            throw new IllegalArgumentException("a /users/delta item has no id: " + value);
        }
        if (value.has("@removed")) {
            String reason = value.path("@removed").path("reason").asText("");
            // "changed" is Graph's word for a soft delete (restorable for 30 days); "deleted" is permanent.
            return DeltaItem.removed(id, "deleted".equalsIgnoreCase(reason) ? DeletionKind.PERMANENT : DeletionKind.SOFT);
        }
        Map<String, String> attributes = new HashMap<>();
        for (String name : UserFields.NAMES) {
            if (value.has(name)) {
                JsonNode v = value.get(name);
                attributes.put(name, v.isNull() ? null : v.asText());
            }
        }
        return new DeltaItem(id, null, attributes, value.has("assignedLicenses") ? licences(value.get("assignedLicenses")) : null,
                value.has("assignedPlans") ? plans(value.get("assignedPlans")) : null);
    }

    static List<AssignedLicence> licences(JsonNode array) {
        List<AssignedLicence> out = new ArrayList<>();
        for (JsonNode licence : array) {
            List<String> disabled = new ArrayList<>();
            licence.path("disabledPlans").forEach(d -> disabled.add(d.asText()));
            out.add(new AssignedLicence(licence.path("skuId").asText(), disabled));
        }
        return out;
    }

    static List<AssignedPlan> plans(JsonNode array) {
        List<AssignedPlan> out = new ArrayList<>();
        for (JsonNode plan : array) {
            out.add(new AssignedPlan(plan.path("servicePlanId").asText(), plan.path("service").asText(null),
                    plan.path("capabilityStatus").asText(null)));
        }
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
