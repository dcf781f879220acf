package io.switchboard.assigner.reconciliation;

import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Drift between Teams and Switchboard, per tenant. */
@Path("/api/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
public class DriftResource {

    private final ReconciliationService service;
    private final TenantAccess access;

    public DriftResource(ReconciliationService service, TenantAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Path("/drift")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The latest reconciliation: what Teams had that Switchboard did not do")
    public DriftReport drift(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return service.report(tenantId);
    }

    @POST
    @Path("/reconcile")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Reconcile the tenant now and return the new drift report")
    public DriftReport reconcile(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return service.reconcile(tenantId);
    }
}
