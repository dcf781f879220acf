package io.switchboard.directory.tenants;

import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Watched tenants and their sync state; operators can trigger a sync or a full resync. */
@Path("/api/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    private final TenantsService service;
    private final TenantAccess access;

    public TenantsResource(TenantsService service, TenantAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The watched tenants the caller may see, each with its sync state")
    public List<TenantView> list() {
        return service.list(access::allows);
    }

    @GET
    @Path("/{tenantId}")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "One tenant's sync state")
    public TenantView get(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return service.get(tenantId);
    }

    @POST
    @Path("/{tenantId}/sync")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Run a delta round now")
    public Response sync(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return Response.accepted(service.requestSync(tenantId, false)).build();
    }

    @POST
    @Path("/{tenantId}/resync")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "List every user again; users missing from the listing are published as DELETED")
    public Response resync(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return Response.accepted(service.requestSync(tenantId, true)).build();
    }
}
