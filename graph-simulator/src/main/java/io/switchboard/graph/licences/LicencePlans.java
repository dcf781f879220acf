package io.switchboard.graph.licences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives a user's {@code assignedPlans} from its {@code assignedLicenses}, the way the directory keeps them
 * consistent: a plan is Enabled when some licence grants it without disabling it; a plan that was granted
 * before and no longer is stays listed as Deleted. Assigned times survive for plans that stay enabled,
 * which is what licence propagation (voice enablement) is measured from.
 */
public final class LicencePlans {

    private LicencePlans() {
    }

    /** The new assignedPlans for {@code licences} (assignedLicenses JSON), given the previous assignedPlans. */
    public static ArrayNode plans(JsonNode licences, JsonNode previousPlans, Map<String, Sku> skusById, Instant now) {
        Map<String, Sku.ServicePlan> enabled = new LinkedHashMap<>();
        for (JsonNode licence : licences) {
            Sku sku = skusById.get(licence.path("skuId").asText().toLowerCase(Locale.ROOT));
            if (sku == null) {
                continue;
            }
            Set<String> disabled = new HashSet<>();
            licence.path("disabledPlans").forEach(d -> disabled.add(d.asText().toLowerCase(Locale.ROOT)));
            for (Sku.ServicePlan plan : sku.servicePlans()) {
                if (!disabled.contains(plan.servicePlanId().toLowerCase(Locale.ROOT))) {
                    enabled.putIfAbsent(plan.servicePlanId(), plan);
                }
            }
        }
        Map<String, JsonNode> previous = new LinkedHashMap<>();
        previousPlans.forEach(p -> previous.put(p.path("servicePlanId").asText(), p));
        ArrayNode out = Json.array();
        for (Sku.ServicePlan plan : enabled.values()) {
            JsonNode before = previous.get(plan.servicePlanId());
            boolean wasEnabled = before != null && "Enabled".equals(before.path("capabilityStatus").asText());
            out.add(plan(plan.servicePlanId(), plan.service(), "Enabled",
                    wasEnabled ? before.path("assignedDateTime").asText() : Json.timestamp(now)));
        }
        for (JsonNode before : previous.values()) {
            String id = before.path("servicePlanId").asText();
            if (!enabled.containsKey(id)) {
                boolean wasEnabled = "Enabled".equals(before.path("capabilityStatus").asText());
                out.add(plan(id, before.path("service").asText(), "Deleted",
                        wasEnabled ? Json.timestamp(now) : before.path("assignedDateTime").asText()));
            }
        }
        return out;
    }

    /** Ids of the plans that are Enabled and were assigned at or before {@code notAfter}. */
    public static Set<String> enabledPlanNamesSince(JsonNode assignedPlans, Instant notAfter, Map<String, String> planNamesById) {
        Set<String> names = new HashSet<>();
        for (JsonNode plan : assignedPlans) {
            if ("Enabled".equals(plan.path("capabilityStatus").asText())
                    && !Instant.parse(plan.path("assignedDateTime").asText()).isAfter(notAfter)) {
                String name = planNamesById.get(plan.path("servicePlanId").asText().toLowerCase(Locale.ROOT));
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    public static ObjectNode licence(String skuId, List<String> disabledPlans) {
        ObjectNode licence = Json.object();
        ArrayNode disabled = licence.putArray("disabledPlans");
        disabledPlans.forEach(disabled::add);
        licence.put("skuId", skuId);
        return licence;
    }

    private static ObjectNode plan(String id, String service, String status, String assigned) {
        ObjectNode plan = Json.object();
        plan.put("assignedDateTime", assigned);
        plan.put("capabilityStatus", status);
        plan.put("service", service);
        plan.put("servicePlanId", id);
        return plan;
    }
}
