package io.switchboard.graph.licences;

import java.util.List;
import java.util.Optional;

/**
 * A licence product with its service plans.
 *
 * @param skuId         GUID of the product
 * @param skuPartNumber e.g. {@code SPE_E5}
 * @param displayName   product name
 * @param servicePlans  plans the product contains
 */
public record Sku(String skuId, String skuPartNumber, String displayName, List<ServicePlan> servicePlans) {

    /**
     * @param servicePlanId   GUID of the plan
     * @param servicePlanName e.g. {@code MCOEV}
     * @param service         the workload reported in users' assignedPlans, e.g. {@code MicrosoftCommunicationsOnline}
     */
    public record ServicePlan(String servicePlanId, String servicePlanName, String service) {
    }

    public Sku {
        servicePlans = List.copyOf(servicePlans);
    }

    public Optional<ServicePlan> plan(String servicePlanId) {
        return servicePlans.stream().filter(p -> p.servicePlanId().equalsIgnoreCase(servicePlanId)).findFirst();
    }
}
