package io.switchboard.presence.platforms;

import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A tenant's telephony platforms. */
@Path("/api/tenants/{tenantId}/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private final PlatformService service;
    private final PlatformRegistry registry;
    private final ConfiguredPlatforms configured;
    private final TenantAccess access;

    public PlatformResource(PlatformService service, PlatformRegistry registry, ConfiguredPlatforms configured, TenantAccess access) {
        this.service = service;
        this.configured = configured;
        this.registry = registry;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public List<PlatformView> list(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        return registry.of(tenantId).stream().map(this::view).toList();
    }

    @GET
    @Path("/{platformId}")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public PlatformView get(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId) {
        access.check(tenantId);
        return registry.find(tenantId, platformId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("tenant " + tenantId + " has no platform '" + platformId + "'"));
    }

    /** Creates or replaces the platform (secrets included: send them every time). */
    @PUT
    @Path("/{platformId}")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public PlatformView put(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId,
                            @Valid PlatformRequest request) {
        access.check(tenantId);
        return view(service.put(tenantId, platformId, request));
    }

    @DELETE
    @Path("/{platformId}")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId) {
        access.check(tenantId);
        service.delete(tenantId, platformId);
    }

    private PlatformView view(Platform p) {
        return PlatformView.of(p, configured.isConfigured(p.tenantId(), p.platformId()));
    }
}
