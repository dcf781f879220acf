package io.switchboard.inventory.overrides;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.audit.AuditEntry;
import io.switchboard.inventory.audit.AuditQueries;
import io.switchboard.inventory.numbers.NumberQueries;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberView;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/users/{userId}")
@Tag(name = "users")
public class UserNumberResource {

    private final OverrideService overrides;
    private final NumberQueries queries;
    private final AuditQueries audit;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public UserNumberResource(OverrideService overrides, NumberQueries queries, AuditQueries audit, TenantAccess tenants,
                              SecurityIdentity identity) {
        this.overrides = overrides;
        this.queries = queries;
        this.audit = audit;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @Path("number")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The number the user holds")
    public Uni<NumberView> number(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        tenants.check(tenantId);
        return queries.ofUser(tenantId, userId).map(numbers -> numbers.stream().filter(n -> n.state() != NumberState.RELEASING)
                .findFirst().orElseThrow(() -> ProblemException.notFound("user " + userId + " holds no number in tenant " + tenantId)));
    }

    @PUT
    @Path("number")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Give the user a specific number or the next free one of a range; the old one is released")
    public Uni<OverrideResult> override(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                                        OverrideRequest request) {
        tenants.check(tenantId);
        if (request == null) {
            throw ProblemException.badRequest("a body with phoneNumber or rangeId is required");
        }
        return overrides.assign(tenantId, userId, request, identity.getPrincipal().getName());
    }

    @DELETE
    @Path("number")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Release the user's number")
    public Uni<NumberView> release(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        tenants.check(tenantId);
        return overrides.release(tenantId, userId, identity.getPrincipal().getName());
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Every transition of any number the user held")
    public Uni<List<AuditEntry>> history(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        tenants.check(tenantId);
        return audit.ofUser(tenantId, userId);
    }
}
