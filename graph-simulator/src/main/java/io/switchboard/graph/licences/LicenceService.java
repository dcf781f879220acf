package io.switchboard.graph.licences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.common.SimClock;
import io.switchboard.graph.tenants.Tenant;
import io.switchboard.graph.users.DirectoryUser;
import io.switchboard.graph.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code assignLicense} with the directory's checks: known SKU, free seats, valid plans, usage location. */
@ApplicationScoped
public class LicenceService {

    /** @param skuId product; @param disabledPlans plan ids switched off within it */
    public record LicenceChange(String skuId, List<String> disabledPlans) {
    }

    private final SimClock clock;
    private final UserService users;

    public LicenceService(SimClock clock, UserService users) {
        this.clock = clock;
        this.users = users;
    }

    public DirectoryUser assign(Tenant tenant, String userId, JsonNode body) {
        if (body == null || !body.has("addLicenses") || !body.has("removeLicenses")) {
            throw GraphException.badRequest("Both 'addLicenses' and 'removeLicenses' are required (use empty arrays).");
        }
        List<LicenceChange> adds = new ArrayList<>();
        for (JsonNode add : body.get("addLicenses")) {
            List<String> disabled = new ArrayList<>();
            add.path("disabledPlans").forEach(d -> disabled.add(d.asText()));
            adds.add(new LicenceChange(Json.requiredText(add, "skuId"), disabled));
        }
        List<String> removes = new ArrayList<>();
        body.get("removeLicenses").forEach(r -> removes.add(r.asText()));
        synchronized (tenant.skus()) {
            return assign(tenant, userId, adds, removes, clock.now(), true);
        }
    }

    /**
     * Changes a user's licences. {@code checkSeats} is false only for seeding, where the SKU was sized for
     * the generated users; {@code assignedAt} lets seeding create users that are licensed since long ago.
     */
    public DirectoryUser assign(Tenant tenant, String userId, List<LicenceChange> adds, List<String> removes, Instant assignedAt,
                                boolean checkSeats) {
        DirectoryUser user = tenant.directory().requireActive(userId);
        Map<String, ObjectNode> licences = new java.util.LinkedHashMap<>();
        user.properties().path("assignedLicenses").forEach(l -> licences.put(l.path("skuId").asText().toLowerCase(Locale.ROOT),
                (ObjectNode) l.deepCopy()));
        for (String remove : removes) {
            if (licences.remove(remove.toLowerCase(Locale.ROOT)) == null) {
                throw GraphException.directoryBadRequest("User does not have a corresponding license for SKU '" + remove + "'.");
            }
        }
        if (!adds.isEmpty() && !user.properties().hasNonNull("usageLocation")) {
            throw GraphException.directoryBadRequest("License assignment cannot be done for user with invalid usage location.");
        }
        for (LicenceChange add : adds) {
            SkuStore.SubscribedSku subscribed = tenant.skus().find(add.skuId()).orElseThrow(() -> GraphException.directoryBadRequest(
                    "License " + add.skuId() + " does not correspond to a valid company License."));
            for (String plan : add.disabledPlans()) {
                if (subscribed.sku().plan(plan).isEmpty()) {
                    throw GraphException.directoryBadRequest("Service plan " + plan + " is not part of license " + add.skuId() + ".");
                }
            }
            String key = add.skuId().toLowerCase(Locale.ROOT);
            if (checkSeats && !licences.containsKey(key) && consumed(tenant, subscribed.sku().skuId()) >= subscribed.units()) {
                throw GraphException.directoryBadRequest("Subscription for license " + add.skuId() + " does not have any available licenses.");
            }
            licences.put(key, LicencePlans.licence(subscribed.sku().skuId(), add.disabledPlans()));
        }
        ArrayNode assignedLicenses = Json.array();
        licences.values().forEach(assignedLicenses::add);
        ObjectNode changes = Json.object();
        changes.set("assignedLicenses", assignedLicenses);
        changes.set("assignedPlans", LicencePlans.plans(assignedLicenses, user.properties().path("assignedPlans"), skusById(tenant),
                assignedAt));
        return users.apply(tenant, user.id(), changes);
    }

    /** Seats in use: licences held by active and soft-deleted users (deleted users keep theirs until purged). */
    public static long consumed(Tenant tenant, String skuId) {
        return tenant.directory().entries().values().stream()
                .filter(u -> u.state() != DirectoryUser.State.PURGED)
                .filter(u -> holds(u, skuId))
                .count();
    }

    private static boolean holds(DirectoryUser user, String skuId) {
        for (JsonNode licence : user.properties().path("assignedLicenses")) {
            if (licence.path("skuId").asText().equalsIgnoreCase(skuId)) {
                return true;
            }
        }
        return false;
    }

    public static Map<String, Sku> skusById(Tenant tenant) {
        Map<String, Sku> byId = new HashMap<>();
        tenant.skus().all().forEach(s -> byId.put(s.sku().skuId().toLowerCase(Locale.ROOT), s.sku()));
        return byId;
    }
}
