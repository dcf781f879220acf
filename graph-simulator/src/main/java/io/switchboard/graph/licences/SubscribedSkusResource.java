package io.switchboard.graph.licences;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.identity.Caller;
import io.switchboard.graph.identity.Callers;
import io.switchboard.graph.identity.Permission;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /v1.0/subscribedSkus}. */
@Path("/v1.0/subscribedSkus")
@Produces(MediaType.APPLICATION_JSON)
@NonBlocking
public class SubscribedSkusResource {

    private final Callers callers;

    public SubscribedSkusResource(Callers callers) {
        this.callers = callers;
    }

    @GET
    public String subscribedSkus(RoutingContext rc, @Context UriInfo uri) {
        Caller caller = callers.require(rc, Permission.ORGANIZATION_READ);
        ObjectNode body = Json.object();
        body.put("@odata.context", callers.graphBase(uri) + "/$metadata#subscribedSkus");
        ArrayNode value = body.putArray("value");
        for (SkuStore.SubscribedSku subscribed : caller.tenant().skus().all()) {
            Sku sku = subscribed.sku();
            ObjectNode item = value.addObject();
            item.put("accountName", caller.tenant().displayName());
            item.put("accountId", caller.tenant().id());
            item.put("appliesTo", "User");
            item.put("capabilityStatus", "Enabled");
            item.put("consumedUnits", LicenceService.consumed(caller.tenant(), sku.skuId()));
            item.put("id", caller.tenant().id() + "_" + sku.skuId());
            item.put("skuId", sku.skuId());
            item.put("skuPartNumber", sku.skuPartNumber());
            item.putArray("subscriptionIds").add(java.util.UUID.nameUUIDFromBytes((caller.tenant().id() + sku.skuId()).getBytes()).toString());
            ObjectNode units = item.putObject("prepaidUnits");
            units.put("enabled", subscribed.units());
            units.put("suspended", 0);
            units.put("warning", 0);
            units.put("lockedOut", 0);
            ArrayNode plans = item.putArray("servicePlans");
            for (Sku.ServicePlan plan : sku.servicePlans()) {
                ObjectNode p = plans.addObject();
                p.put("servicePlanId", plan.servicePlanId());
                p.put("servicePlanName", plan.servicePlanName());
                p.put("provisioningStatus", "Success");
                p.put("appliesTo", "User");
            }
        }
        return Json.write(body);
    }
}
