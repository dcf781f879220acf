package io.switchboard.graph.admin;

import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.faults.FaultRule;
import io.switchboard.graph.tenants.TenantRegistry;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Switches a tenant's faults on and off at run time. */
@Path("/_simulator/tenants/{tenant}/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsAdminResource {

    /** Graph's documented presence budget: 1,500 requests per 30 seconds per app and tenant. */
    static final List<FaultRule> GRAPH_BUDGETS = List.of(
            new FaultRule("graph-budget-presence", FaultRule.Kind.BUDGET, "/communications/(getPresencesByUserId|presences)|/presence",
                    null, null, null, null, null, 1500, 30));

    private final TenantRegistry tenants;
    private final SeedService seeds;

    public FaultsAdminResource(TenantRegistry tenants, SeedService seeds) {
        this.tenants = tenants;
        this.seeds = seeds;
    }

    @GET
    public String list(@PathParam("tenant") String tenant) {
        return Json.write(tenants.require(tenant).faults().rules());
    }

    @POST
    public Response add(@PathParam("tenant") String tenant, FaultRule rule) {
        FaultRule withId = rule.id() == null ? rule.withId(UUID.randomUUID().toString()) : rule;
        seeds.addFault(tenants.require(tenant), withId);
        return Response.status(201).entity(Json.write(withId)).build();
    }

    /** Adds Graph-like request budgets (presence: 1,500 requests per 30 s per app). */
    @POST
    @Path("/presets/graph-budgets")
    public String graphBudgets(@PathParam("tenant") String tenant) {
        var t = tenants.require(tenant);
        GRAPH_BUDGETS.forEach(rule -> {
            t.faults().remove(rule.id());
            t.faults().add(rule);
        });
        return Json.write(t.faults().rules());
    }

    @DELETE
    public Response clear(@PathParam("tenant") String tenant) {
        tenants.require(tenant).faults().clear();
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        if (!tenants.require(tenant).faults().remove(id)) {
            throw GraphException.notFound("No fault rule '" + id + "' in tenant " + tenant + ".");
        }
        return Response.noContent().build();
    }
}
