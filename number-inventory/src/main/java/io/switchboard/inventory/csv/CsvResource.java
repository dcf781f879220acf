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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/csv")
@Tag(name = "csv")
public class CsvResource {

    private static final String CSV = "text/csv";

    private final CsvService csv;
    private final NumberImportService numberImport;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public CsvResource(CsvService csv, NumberImportService numberImport, TenantAccess tenants, SecurityIdentity identity) {
        this.csv = csv;
        this.numberImport = numberImport;
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

    @POST
    @Path("numbers")
    @Consumes({CSV, "text/plain"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the states of individual numbers from CSV (brownfield adoption): all rows or none",
            description = """
                    Columns by header name, in any order: phoneNumber (E.164, required; the number must already be in                     one of the tenant's ranges), state (required: AVAILABLE, ASSIGNED, RETAINED, BLOCKED or QUARANTINED),                     userId (required for ASSIGNED and RETAINED, empty otherwise), rangeId (optional: if given, the number                     must belong to that range), quarantineUntil (optional, QUARANTINED only: 2027-01-31 or                     2027-01-31T12:00:00Z; empty means now plus the range's quarantine days), reason (optional, kept as                     the state reason and in the audit trail). range and updatedAt are ignored, so an export can be                     edited and imported again. Only AVAILABLE numbers are changed; a row already matching the number's                     state and user is counted as unchanged. A number or a holding user twice in the file, a user who                     already holds another number, or a number in any other state rejects the file; the 422 answer                     lists every bad line. Every change is audited with the admin and the import's id.""")
    @RequestBody(content = @Content(mediaType = CSV, example = """
            phoneNumber,state,userId,reason
            +442079460000,ASSIGNED,3f1c8a2e-0000-4000-8000-000000000001,assigned by hand in 2023
            +442079460001,BLOCKED,,reserved for the CEO
            """))
    public Uni<Map<String, Integer>> importNumbers(@PathParam("tenantId") String tenantId, String body) {
        tenants.check(tenantId);
        return numberImport.importNumbers(tenantId, body, identity.getPrincipal().getName());
    }

    @GET
    @Path("numbers")
    @Produces(CSV)
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's numbers with state and user as CSV, in the numbers import format",
            description = "Columns: phoneNumber,rangeId,range,state,userId,quarantineUntil,reason,updatedAt.")
    public Uni<String> exportNumbers(@PathParam("tenantId") String tenantId, @QueryParam("state") NumberState state,
                                     @QueryParam("rangeId") String rangeId) {
        tenants.check(tenantId);
        return csv.exportNumbers(tenantId, state, rangeId);
    }
}
