package io.switchboard.inventory.numbers;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.audit.AuditEntry;
import io.switchboard.inventory.audit.AuditQueries;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/numbers")
@Tag(name = "numbers")
public class NumberResource {

    private final NumberQueries queries;
    private final BlockingService blocking;
    private final AuditQueries audit;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public NumberResource(NumberQueries queries, BlockingService blocking, AuditQueries audit, TenantAccess tenants,
                          SecurityIdentity identity) {
        this.queries = queries;
        this.blocking = blocking;
        this.audit = audit;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Numbers by state, range and search term (part of the number, or a user id), paged")
    public Uni<NumberPage> list(@PathParam("tenantId") String tenantId, @QueryParam("state") NumberState state,
                                @QueryParam("search") String search, @QueryParam("rangeId") String rangeId,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        tenants.check(tenantId);
        return queries.page(tenantId, state, search, rangeId, page, size);
    }

    @GET
    @Path("{phoneNumber}")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "One number with its state and user")
    public Uni<NumberView> get(@PathParam("tenantId") String tenantId, @PathParam("phoneNumber") String phoneNumber) {
        tenants.check(tenantId);
        return queries.number(tenantId, phoneNumber);
    }

    @GET
    @Path("{phoneNumber}/history")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Every transition of the number: who or which event, when and why")
    public Uni<List<AuditEntry>> history(@PathParam("tenantId") String tenantId, @PathParam("phoneNumber") String phoneNumber) {
        tenants.check(tenantId);
        return audit.ofNumber(tenantId, phoneNumber);
    }

    @POST
    @Path("{phoneNumber}/block")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Take a free, quarantined or conflicting number out of circulation")
    public Uni<NumberView> block(@PathParam("tenantId") String tenantId, @PathParam("phoneNumber") String phoneNumber,
                                 @QueryParam("reason") String reason) {
        tenants.check(tenantId);
        return blocking.block(tenantId, phoneNumber, reason, identity.getPrincipal().getName());
    }

    @POST
    @Path("{phoneNumber}/unblock")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Return a blocked (or conflicting, once resolved) number to the pool")
    public Uni<NumberView> unblock(@PathParam("tenantId") String tenantId, @PathParam("phoneNumber") String phoneNumber,
                                   @QueryParam("reason") String reason) {
        tenants.check(tenantId);
        return blocking.unblock(tenantId, phoneNumber, reason, identity.getPrincipal().getName());
    }
}
