package io.switchboard.rules.deciding;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

@Path("/api/tenants/{tenantId}/users/{userId}/decisions")
@Tag(name = "decisions")
public class DecisionHistoryResource {

    private final Mutiny.SessionFactory sessions;
    private final DecisionHistoryRepository history;
    private final TenantAccess tenants;

    public DecisionHistoryResource(Mutiny.SessionFactory sessions, DecisionHistoryRepository history, TenantAccess tenants) {
        this.sessions = sessions;
        this.history = history;
        this.tenants = tenants;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The user's latest decisions, newest first, exactly as published (empty when none)")
    public Uni<List<ProvisioningDecided>> list(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        tenants.check(tenantId);
        return sessions.withSession(session -> history.ofUser(session, tenantId, userId));
    }
}
