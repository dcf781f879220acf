package io.switchboard.rules.dryrun;

import io.smallrye.mutiny.Uni;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import io.switchboard.rules.simulation.SimulationResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/simulation")
@Tag(name = "dry runs")
public class SimulationResource {

    private final DryRunService dryRuns;
    private final TenantAccess tenants;

    public SimulationResource(DryRunService dryRuns, TenantAccess tenants) {
        this.dryRuns = dryRuns;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "If every seen user without a number were provisioned now: per range the demand, the numbers"
            + " drawn, what remains and whether it runs out")
    public Uni<SimulationResult> simulate(@PathParam("tenantId") String tenantId) {
        tenants.check(tenantId);
        return dryRuns.simulate(tenantId);
    }
}
