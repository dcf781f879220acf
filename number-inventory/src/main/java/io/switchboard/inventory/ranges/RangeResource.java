package io.switchboard.inventory.ranges;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/ranges")
@Tag(name = "ranges")
public class RangeResource {

    private final RangeService ranges;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public RangeResource(RangeService ranges, TenantAccess tenants, SecurityIdentity identity) {
        this.ranges = ranges;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's ranges with free/used/quarantined counts and utilisation")
    public Uni<List<RangeView>> list(@PathParam("tenantId") String tenantId) {
        tenants.check(tenantId);
        return ranges.list(tenantId);
    }

    @GET
    @Path("{rangeId}")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public Uni<RangeView> get(@PathParam("tenantId") String tenantId, @PathParam("rangeId") String rangeId) {
        tenants.check(tenantId);
        return ranges.view(tenantId, rangeId);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a range from firstNumber/lastNumber or a list of numbers; overlaps are refused")
    public Uni<Response> create(@PathParam("tenantId") String tenantId, RangeSpec spec) {
        tenants.check(tenantId);
        return ranges.create(tenantId, spec, identity.getPrincipal().getName())
                .map(view -> Response.created(URI.create("/api/tenants/" + tenantId + "/ranges/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("{rangeId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a range's settings (name, type, provider, location, tags, quarantine)")
    public Uni<RangeView> change(@PathParam("tenantId") String tenantId, @PathParam("rangeId") String rangeId,
                                 @Valid RangeSettings settings) {
        tenants.check(tenantId);
        return ranges.change(tenantId, rangeId, settings);
    }

    @DELETE
    @Path("{rangeId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a range none of whose numbers is in use")
    public Uni<Response> delete(@PathParam("tenantId") String tenantId, @PathParam("rangeId") String rangeId) {
        tenants.check(tenantId);
        return ranges.delete(tenantId, rangeId).map(ignored -> Response.noContent().build());
    }
}
