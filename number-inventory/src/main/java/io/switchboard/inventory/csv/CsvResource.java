package io.switchboard.inventory.csv;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/csv")
@Tag(name = "csv")
public class CsvResource {

    private static final String CSV = "text/csv";

    private final CsvService csv;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public CsvResource(CsvService csv, TenantAccess tenants, SecurityIdentity identity) {
        this.csv = csv;
        this.tenants = tenants;
        this.identity = identity;
    }

    @POST
    @Path("ranges")
    @Consumes({CSV, "text/plain"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import ranges from CSV: all rows or none; a rejection lists every bad line")
    public Uni<Map<String, Integer>> importRanges(@PathParam("tenantId") String tenantId, String body) {
        tenants.check(tenantId);
        return csv.importRanges(tenantId, body, identity.getPrincipal().getName()).map(count -> Map.of("imported", count));
    }

    @GET
    @Path("ranges")
    @Produces(CSV)
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's ranges as CSV, in the import format")
    public Uni<String> exportRanges(@PathParam("tenantId") String tenantId) {
        tenants.check(tenantId);
        return csv.exportRanges(tenantId);
    }

    @GET
    @Path("numbers")
    @Produces(CSV)
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's numbers with state and user as CSV")
    public Uni<String> exportNumbers(@PathParam("tenantId") String tenantId, @QueryParam("state") NumberState state) {
        tenants.check(tenantId);
        return csv.exportNumbers(tenantId, state);
    }
}
