package io.switchboard.rules.policy;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/policy")
@Tag(name = "policy")
public class PolicyResource {

    private final PolicyService policies;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public PolicyResource(PolicyService policies, TenantAccess tenants, SecurityIdentity identity) {
        this.policies = policies;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's lifecycle settings (Direct Routing fallback, automatic renumbering on move)")
    public Uni<PolicyView> get(@PathParam("tenantId") String tenantId) {
        tenants.check(tenantId);
        return policies.get(tenantId);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the tenant's lifecycle settings; takes effect with the next decision")
    public Uni<PolicyView> change(@PathParam("tenantId") String tenantId, PolicyRequest request) {
        tenants.check(tenantId);
        return policies.change(tenantId, request, identity.getPrincipal().getName());
    }
}
