package io.switchboard.presence.identities;

import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Where platform identities and Teams users did not pair up one to one, and what the bridge chose. */
@Path("/api/tenants/{tenantId}/platforms/{platformId}")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictsResource {

    public record ConflictsReport(String tenantId, String platformId, int matchedUsers, List<IdentityConflict> conflicts) {
    }

    public record Match(String identity, String userId) {
    }

    private final IdentityDirectory directory;
    private final PlatformRegistry platforms;
    private final TenantAccess access;

    public ConflictsResource(IdentityDirectory directory, PlatformRegistry platforms, TenantAccess access) {
        this.directory = directory;
        this.platforms = platforms;
        this.access = access;
    }

    @GET
    @Path("/conflicts")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public ConflictsReport conflicts(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId) {
        requirePlatform(tenantId, platformId);
        return new ConflictsReport(tenantId, platformId, directory.matchedUsers(tenantId, platformId),
                directory.conflicts(tenantId, platformId));
    }

    /** Which user an identity stands for (or which identity a user has), to check a match by hand. */
    @GET
    @Path("/matches")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public Match match(@PathParam("tenantId") String tenantId, @PathParam("platformId") String platformId,
                       @QueryParam("identity") String identity, @QueryParam("userId") String userId) {
        requirePlatform(tenantId, platformId);
        if (identity != null) {
            return new Match(identity, directory.userFor(tenantId, platformId, identity)
                    .orElseThrow(() -> ProblemException.notFound("identity '" + identity + "' matches no Teams user on " + platformId)));
        }
        if (userId != null) {
            return new Match(directory.identityFor(tenantId, platformId, userId)
                    .orElseThrow(() -> ProblemException.notFound("user '" + userId + "' has no identity on " + platformId)), userId);
        }
        throw ProblemException.badRequest("give either ?identity= or ?userId=");
    }

    private void requirePlatform(String tenantId, String platformId) {
        access.check(tenantId);
        platforms.find(tenantId, platformId)
                .orElseThrow(() -> ProblemException.notFound("tenant " + tenantId + " has no platform '" + platformId + "'"));
    }
}
