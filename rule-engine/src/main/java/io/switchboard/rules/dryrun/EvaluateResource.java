package io.switchboard.rules.dryrun;

import io.smallrye.mutiny.Uni;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/rules/evaluate")
@Tag(name = "dry runs")
public class EvaluateResource {

    private final DryRunService dryRuns;
    private final TenantAccess tenants;

    public EvaluateResource(DryRunService dryRuns, TenantAccess tenants) {
        this.dryRuns = dryRuns;
        this.tenants = tenants;
    }

    @POST
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Dry run: the decision the rules would make for a seen user (userId) or for given attributes (user),"
            + " with every rule's verdict; changes nothing")
    public Uni<EvaluateResponse> evaluate(@PathParam("tenantId") String tenantId, EvaluateRequest request) {
        tenants.check(tenantId);
        return dryRuns.evaluate(tenantId, request);
    }
}
