package io.switchboard.rules.ruleset;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tenants/{tenantId}/rules")
@Tag(name = "rules")
public class RuleResource {

    private final RuleService rules;
    private final TenantAccess tenants;
    private final SecurityIdentity identity;

    public RuleResource(RuleService rules, TenantAccess tenants, SecurityIdentity identity) {
        this.rules = rules;
        this.tenants = tenants;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's rules in evaluation order (priority, then id), each condition in JSON and readable form")
    public Uni<List<RuleView>> list(@PathParam("tenantId") String tenantId) {
        tenants.check(tenantId);
        return rules.list(tenantId);
    }

    @GET
    @Path("{ruleId}")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public Uni<RuleView> get(@PathParam("tenantId") String tenantId, @PathParam("ruleId") String ruleId) {
        tenants.check(tenantId);
        return rules.get(tenantId, ruleId);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a rule; the condition as JSON ('condition') or readable syntax ('expression')")
    public Uni<Response> create(@PathParam("tenantId") String tenantId, RuleRequest request) {
        tenants.check(tenantId);
        return rules.create(tenantId, request, actor())
                .map(view -> Response.created(URI.create("/api/tenants/" + tenantId + "/rules/" + view.id())).entity(view).build());
    }

    @PUT
    @Path("{ruleId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a rule; 'version' must be the version you read (409 when it changed meanwhile)")
    public Uni<RuleView> replace(@PathParam("tenantId") String tenantId, @PathParam("ruleId") String ruleId, RuleRequest request) {
        tenants.check(tenantId);
        return rules.replace(tenantId, ruleId, request, actor());
    }

    @DELETE
    @Path("{ruleId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a rule; with ?version= only if it is still at that version")
    public Uni<Response> delete(@PathParam("tenantId") String tenantId, @PathParam("ruleId") String ruleId,
            @QueryParam("version") Long version) {
        tenants.check(tenantId);
        return rules.delete(tenantId, ruleId, version, actor()).map(ignored -> Response.noContent().build());
    }

    @GET
    @Path("{ruleId}/history")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Every change of the rule, newest first: version, who, when, the rule before and after")
    public Uni<List<RuleChange>> history(@PathParam("tenantId") String tenantId, @PathParam("ruleId") String ruleId) {
        tenants.check(tenantId);
        return rules.history(tenantId, ruleId);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
