package io.switchboard.presence.status;

import io.switchboard.presence.identities.IdentityDirectory;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.PlatformRegistry;
import io.switchboard.presence.users.UserPresence;
import io.switchboard.presence.users.UserPresenceRegistry;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rest.security.Roles;
import io.switchboard.rest.security.TenantAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How the bridge is doing for a tenant: users in sync per platform, lag, errors; and one user's last change. */
@Path("/api/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    public record PlatformStatus(String platformId, int usersSynced, int conflicts, long inboundApplied, long inboundUnmatched,
                                 long webhookRejected, long deliveredToPlatform, long deliveryFailures, Instant lastInbound,
                                 Instant lastDelivered, long lastInboundLagMillis, long lastOutboundDelayMillis,
                                 List<StatusBoard.ErrorEntry> recentErrors) {
    }

    public record TenantStatus(String tenantId, int usersMatched, List<PlatformStatus> platforms, List<StatusBoard.ErrorEntry> graphErrors) {
    }

    public record UserStatus(String tenantId, String userId, String availability, String activity, Instant lastChangeAt,
                             String lastOrigin, String lastPlatformId, String lastPlatformState, long sequence,
                             String sessionPlatform, String sessionPresence, Instant sessionExpiresAt, Map<String, String> platformStates) {
    }

    private final PlatformRegistry platforms;
    private final IdentityDirectory identities;
    private final UserPresenceRegistry users;
    private final StatusBoard board;
    private final TenantAccess access;

    public StatusResource(PlatformRegistry platforms, IdentityDirectory identities, UserPresenceRegistry users, StatusBoard board,
                          TenantAccess access) {
        this.platforms = platforms;
        this.identities = identities;
        this.users = users;
        this.board = board;
        this.access = access;
    }

    @GET
    @Path("/status")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public TenantStatus status(@PathParam("tenantId") String tenantId) {
        access.check(tenantId);
        List<PlatformStatus> list = platforms.of(tenantId).stream().map(p -> platform(tenantId, p)).toList();
        return new TenantStatus(tenantId, identities.matchedUsers(tenantId).size(), list, board.errors(tenantId, "-"));
    }

    @GET
    @Path("/users/{userId}/presence")
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public UserStatus user(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        access.check(tenantId);
        UserPresence.Snapshot s = users.find(tenantId, userId).map(UserPresence::snapshot)
                .orElseThrow(() -> ProblemException.notFound("no presence known for user " + userId + " of tenant " + tenantId));
        return new UserStatus(tenantId, userId, s.lastTeams() == null ? null : s.lastTeams().availability(),
                s.lastTeams() == null ? null : s.lastTeams().activity(), s.lastChangeAt(),
                s.lastOrigin() == null ? null : s.lastOrigin().name(), s.lastPlatformId(), s.lastPlatformState(), s.sequence(),
                s.session() == null ? null : s.session().platformId(), s.session() == null ? null : s.session().presence().toString(),
                s.session() == null ? null : s.session().expiresAt(), s.platformKnows());
    }

    private PlatformStatus platform(String tenantId, Platform p) {
        StatusBoard.Counters c = board.of(tenantId, p.platformId());
        return new PlatformStatus(p.platformId(), identities.matchedUsers(tenantId, p.platformId()),
                identities.conflicts(tenantId, p.platformId()).size(), c.inbound.get(), c.unmatched.get(), c.rejected.get(),
                c.delivered.get(), c.deliveryFailures.get(), c.lastInbound.get(), c.lastDelivered.get(), c.lastInboundLagMillis.get(),
                c.lastDetectionMillis.get(), board.errors(tenantId, p.platformId()));
    }
}
