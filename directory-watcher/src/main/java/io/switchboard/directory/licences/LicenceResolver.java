package io.switchboard.directory.licences;

import io.switchboard.events.directory.LicenceView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a user's licences into the telephony view the events carry. Plain Java, no I/O.
 *
 * <p>A service plan counts when an assigned SKU contains it, the licence does not list it in
 * {@code disabledPlans}, and — when {@code assignedPlans} mentions the plan — its capabilityStatus is
 * Enabled or Warning (Warning is the grace period: the service still works). {@code assignedPlans} is
 * checked because a suspended subscription keeps the licence assigned while the plan stops working.
 */
public final class LicenceResolver {

    public static final String TEAMS_PHONE_PLAN = "MCOEV";
    public static final String CALLING_PLAN_PREFIX = "MCOPSTN";
    private static final Set<String> WORKING_STATUSES = Set.of("enabled", "warning");

    private final Map<String, SubscribedSku> skusById = new HashMap<>();

    public LicenceResolver(List<SubscribedSku> skus) {
        skus.forEach(sku -> skusById.put(normalise(sku.skuId()), sku));
    }

    /** Whether the catalogue knows every SKU of these licences; when not, it is worth refreshing. */
    public boolean knowsAll(List<AssignedLicence> licences) {
        return licences.stream().allMatch(l -> skusById.containsKey(normalise(l.skuId())));
    }

    public LicenceView resolve(List<AssignedLicence> licences, List<AssignedPlan> plans) {
        Map<String, String> planStatus = new HashMap<>();
        for (AssignedPlan plan : plans) {
            // A plan can be listed twice (Deleted from an old SKU, Enabled from a new one): the working one wins.
            String status = plan.capabilityStatus() == null ? "" : plan.capabilityStatus().toLowerCase(Locale.ROOT);
            planStatus.merge(normalise(plan.servicePlanId()), status, (a, b) -> WORKING_STATUSES.contains(a) ? a : b);
        }
        boolean teamsPhone = false;
        Set<String> callingPlans = new TreeSet<>();
        List<String> partNumbers = new ArrayList<>();
        for (AssignedLicence licence : licences) {
            SubscribedSku sku = skusById.get(normalise(licence.skuId()));
            if (sku == null) {
                continue;
            }
            partNumbers.add(sku.skuPartNumber());
            Set<String> disabled = new java.util.HashSet<>();
            licence.disabledPlans().forEach(d -> disabled.add(normalise(d)));
            for (SubscribedSku.ServicePlan plan : sku.servicePlans()) {
                String id = normalise(plan.servicePlanId());
                if (disabled.contains(id) || !working(planStatus.get(id))) {
                    continue;
                }
                String name = plan.servicePlanName() == null ? "" : plan.servicePlanName().toUpperCase(Locale.ROOT);
                if (name.equals(TEAMS_PHONE_PLAN)) {
                    teamsPhone = true;
                } else if (name.startsWith(CALLING_PLAN_PREFIX)) {
                    callingPlans.add(name);
                }
            }
        }
        return new LicenceView(teamsPhone, !callingPlans.isEmpty(), List.copyOf(callingPlans), partNumbers.stream().sorted().distinct().toList());
    }

    /** No entry in assignedPlans (not yet reported) leaves the licence's word standing. */
    private static boolean working(String status) {
        return status == null || WORKING_STATUSES.contains(status);
    }

    private static String normalise(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }
}
