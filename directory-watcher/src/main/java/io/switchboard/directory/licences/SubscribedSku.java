package io.switchboard.directory.licences;

import java.util.List;

/** A SKU of the tenant from {@code subscribedSkus}, with the service plans it contains. */
public record SubscribedSku(String skuId, String skuPartNumber, List<ServicePlan> servicePlans) {

    public SubscribedSku {
        servicePlans = servicePlans == null ? List.of() : List.copyOf(servicePlans);
    }

    public record ServicePlan(String servicePlanId, String servicePlanName) {
    }
}
