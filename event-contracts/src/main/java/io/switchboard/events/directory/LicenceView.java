package io.switchboard.events.directory;

import java.util.List;

/**
 * What a user's licences mean for telephony, resolved from {@code subscribedSkus} service plans,
 * the user's {@code assignedLicenses}/{@code disabledPlans} and {@code assignedPlans}.
 *
 * @param teamsPhone       an enabled {@code MCOEV} (Teams Phone / Phone System) plan
 * @param callingPlan      an enabled {@code MCOPSTN*} Calling Plan
 * @param callingPlanPlans the enabled calling plan service plan names, e.g. {@code MCOPSTN1}
 * @param skuPartNumbers   part numbers of every assigned SKU, e.g. {@code SPE_E5}
 */
public record LicenceView(boolean teamsPhone, boolean callingPlan, List<String> callingPlanPlans, List<String> skuPartNumbers) {

    public static final LicenceView NONE = new LicenceView(false, false, List.of(), List.of());

    public LicenceView {
        callingPlanPlans = callingPlanPlans == null ? List.of() : List.copyOf(callingPlanPlans);
        skuPartNumbers = skuPartNumbers == null ? List.of() : List.copyOf(skuPartNumbers);
    }
}
