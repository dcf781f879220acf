package io.switchboard.graph.numbers;

import io.switchboard.graph.licences.LicencePlans;
import io.switchboard.graph.licences.SkuCatalog;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.users.DirectoryUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether Teams would accept a number for a user: Teams Phone (MCOEV) enabled, and for Calling Plan numbers a
 * Calling Plan (MCOPSTN*), each assigned at least the tenant's licence propagation delay ago.
 */
@ApplicationScoped
public class VoiceEligibility {

    /** A reason in Teams' words, or null when the user can take the number. */
    public String check(Tenant tenant, DirectoryUser user, String numberType, Instant now) {
        Instant propagatedBefore = now.minus(tenant.settings().licencePropagationDelay());
        Set<String> plans = LicencePlans.enabledPlanNamesSince(user.properties().path("assignedPlans"), propagatedBefore, planNames(tenant));
        if (!plans.contains("MCOEV")) {
            return "User '" + user.id() + "' is not enabled for Enterprise Voice (no enabled, propagated Teams Phone licence). "
                    + "Licence changes can take a while to reach Teams; retry later.";
        }
        if ("callingPlan".equals(numberType) && plans.stream().noneMatch(p -> p.startsWith("MCOPSTN"))) {
            return "User '" + user.id() + "' has no Calling Plan licence, which a callingPlan number requires.";
        }
        return null;
    }

    private static Map<String, String> planNames(Tenant tenant) {
        Map<String, String> names = new HashMap<>();
        SkuCatalog.ALL.forEach(s -> s.servicePlans().forEach(p -> names.put(p.servicePlanId().toLowerCase(Locale.ROOT), p.servicePlanName())));
        tenant.skus().all().forEach(s -> s.sku().servicePlans()
                .forEach(p -> names.put(p.servicePlanId().toLowerCase(Locale.ROOT), p.servicePlanName())));
        return names;
    }
}
