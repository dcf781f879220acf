package io.switchboard.directory.licences;

import java.util.List;

/** One entry of a user's {@code assignedLicenses}: the SKU and the service plans switched off in it. */
public record AssignedLicence(String skuId, List<String> disabledPlans) {

    public AssignedLicence {
        disabledPlans = disabledPlans == null ? List.of() : List.copyOf(disabledPlans);
    }
}
